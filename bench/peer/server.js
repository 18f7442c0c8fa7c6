// The generic peer for benchmarks: @neo4j/graphql on Apollo Server 5, over the same Neo4j
// and graph as the service. Its type definitions (schema.graphql) mirror the stored labels,
// properties and relationship types; search and pathways are @cypher fields holding the
// statements the service's store runs.
//
//   NEO4J_URI=bolt://127.0.0.1:7695 PORT=18095 node server.js
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7695";
const port = Number(process.env.PORT ?? 18095);
const host = process.env.HOST ?? "127.0.0.1";

const typeDefs = readFileSync(new URL("./schema.graphql", import.meta.url), "utf8");
const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "unused"), { maxConnectionPoolSize: 100 });
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const schema = await neoSchema.getSchema();

const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, { listen: { port, host } });
console.log(`peer: @neo4j/graphql on Apollo Server at ${url} over ${uri}`);

const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
