# The service as a container: built from source, seeded at start (see docker-compose.yml).
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/gutskin .

FROM scratch
# CA certificates for neo4j+s:// (Aura and other TLS servers).
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/gutskin /gutskin
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/gutskin"]
CMD ["-seed"]
