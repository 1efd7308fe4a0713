"""A third-party SPARQL client (SPARQLWrapper, from PyPI) against textkg's endpoint.

Usage: python3 sparql_client.py http://127.0.0.1:PORT/sparql TOKEN
Prints one JSON object of what it saw; the Rust test decides.
"""
import json
import sys

import rdflib

from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

endpoint, token = sys.argv[1], sys.argv[2]
seen = {}
prefix = "PREFIX tkg: <https://w3id.org/textkg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"

w = SPARQLWrapper(endpoint)
w.setQuery(prefix + "SELECT ?name WHERE { ?o tkg:influencedBy ?i . ?i rdfs:label ?name } ORDER BY ?name")
w.setReturnFormat(JSON)
seen["influences"] = sorted({b["name"]["value"] for b in w.query().convert()["results"]["bindings"]})

w.setReturnFormat(XML)
seen["xml_rows"] = len(w.query().convert().getElementsByTagName("result"))

w.setReturnFormat(CSV)
seen["csv_header"] = w.query().convert().decode().splitlines()[0]

w.setQuery(prefix + "ASK { ?o tkg:inception ?y }")
w.setReturnFormat(JSON)
seen["ask"] = w.query().convert()["boolean"]

w.setQuery(prefix + "CONSTRUCT { ?s tkg:influencedBy ?o } WHERE { ?s tkg:influencedBy ?o }")
w.setReturnFormat(TURTLE)
turtle = w.query().convert()
seen["construct_triples"] = len(rdflib.Graph().parse(data=turtle, format="turtle"))

u = SPARQLWrapper(endpoint)
u.setMethod(POST)
u.addCustomHttpHeader("Authorization", "Bearer " + token)
u.setQuery("INSERT DATA { GRAPH <urn:client> { <urn:a> <urn:b> \"from python\" } }")
u.query()
w.setQuery("SELECT ?v WHERE { <urn:a> <urn:b> ?v }")
w.setReturnFormat(JSON)
seen["after_update"] = [b["v"]["value"] for b in w.query().convert()["results"]["bindings"]]
print(json.dumps(seen))
