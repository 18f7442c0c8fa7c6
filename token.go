package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"gutskin/graph"
	"gutskin/kg"
	"gutskin/neo4jstore"
)

// The token subcommand: `gutskin token create --name … --role curator|admin`, `gutskin
// token list`, `gutskin token revoke --name …`. A token's value is printed once, to
// stdout, and only its SHA-256 hash is stored; it never reaches a log.

const tokenUsage = `usage:
  gutskin token create --name NAME --role curator|admin   print a new token once
  gutskin token list                                      names, roles, dates (never values)
  gutskin token revoke --name NAME                        the token stops working at once
Neo4j is found as for serving: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.`

func runToken(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return errors.New(tokenUsage)
	}
	cmd, rest := args[0], args[1:]
	fs := flag.NewFlagSet("gutskin token "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("name", "", "the token's name: who or what uses it")
	role := fs.String("role", string(kg.RoleCurator), "curator or admin")
	reason := fs.String("reason", "made on the command line", "why, for the audit trail")
	if err := fs.Parse(rest); err != nil {
		return err
	}
	store, closeStore, err := commandStore(ctx, getenv, stderr, 10*time.Second)
	if err != nil {
		return err
	}
	defer closeStore()
	if err := store.EnsureSchema(ctx); err != nil {
		return err
	}
	switch cmd {
	case "create":
		if *name == "" || !kg.Role(*role).Valid() {
			return fmt.Errorf("give --name and --role curator or admin\n%s", tokenUsage)
		}
		token, _, err := graph.CreateToken(ctx, store, cliChange("createToken", *reason), *name, kg.Role(*role))
		if err != nil {
			return cliError(err)
		}
		fmt.Fprintf(stdout, "%s\n", token)
		fmt.Fprintf(stderr, "token %q (%s) created; it is shown only now. Send it as \"Authorization: Bearer <token>\".\n", *name, *role)
	case "list":
		tokens, err := store.ListTokens(ctx)
		if err != nil {
			return err
		}
		for _, t := range tokens {
			state := "active"
			if t.RevokedAt != nil {
				state = "revoked " + t.RevokedAt.UTC().Format(time.RFC3339)
			}
			fmt.Fprintf(stdout, "%s\t%s\tcreated %s\t%s\n", t.Name, t.Role, t.CreatedAt.UTC().Format(time.RFC3339), state)
		}
	case "revoke":
		if *name == "" {
			return fmt.Errorf("give --name\n%s", tokenUsage)
		}
		if _, err := graph.RevokeToken(ctx, store, cliChange("revokeToken", *reason), *name); err != nil {
			return cliError(err)
		}
		fmt.Fprintf(stderr, "token %q revoked\n", *name)
	default:
		return fmt.Errorf("unknown token command %q\n%s", cmd, tokenUsage)
	}
	return nil
}

// cliError shows an application error by its message alone (the field path of the API means
// nothing here); others as they are.
func cliError(err error) error {
	var app *kg.Error
	if errors.As(err, &app) {
		return errors.New(app.Message)
	}
	return err
}

// cliChange is what the audit record of a token change made on the command line says.
func cliChange(mutation, reason string) kg.ChangeMeta {
	return kg.ChangeMeta{Mutation: mutation, Curator: "command line", Reason: reason}
}

// devTokenName is the token `make run` creates for local development.
const devTokenName = "dev-curator"

// ensureDevToken creates a curator token for local development unless one exists, and
// prints it once to out (not to the log).
func ensureDevToken(ctx context.Context, store *neo4jstore.Store, out io.Writer) error {
	tokens, err := store.ListTokens(ctx)
	if err != nil {
		return err
	}
	for _, t := range tokens {
		if strings.HasPrefix(t.Name, devTokenName) && t.RevokedAt == nil {
			fmt.Fprintf(out, "development token %q exists already (its value was printed when it was made; `go run . token list`, then revoke it and restart for a new one)\n", t.Name)
			return nil
		}
	}
	token, _, err := graph.CreateToken(ctx, store, cliChange("createToken", "development token for make run"), devTokenName+"-"+time.Now().UTC().Format("20060102T150405"), kg.RoleCurator)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "\n  development curator token (shown once): %s\n  try a mutation in /playground with the header  Authorization: Bearer %s\n\n", token, token)
	return nil
}

// commandStore connects a subcommand (token, export) to Neo4j as serving would (NEO4J_URI,
// NEO4J_USER, …), waiting at most 10 s for it; close releases the store and the driver.
func commandStore(ctx context.Context, getenv func(string) string, stderr io.Writer, timeout time.Duration) (*neo4jstore.Store, func(), error) {
	o, err := parseOptions([]string{"-connect-timeout", "10s"}, getenv, stderr)
	if err != nil {
		return nil, nil, err
	}
	driver, err := openDriver(ctx, o, zerolog.New(io.Discard))
	if err != nil {
		return nil, nil, err
	}
	store := neo4jstore.New(driver, o.neo4jDB, timeout)
	return store, func() {
		store.Close()
		driver.Close(context.Background())
	}, nil
}
