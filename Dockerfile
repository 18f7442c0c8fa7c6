# The service as a container: built from source, seeded at start (see docker-compose.yml).
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/gutskin .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/gutskin /gutskin
EXPOSE 8080
ENTRYPOINT ["/gutskin"]
CMD ["-seed"]
