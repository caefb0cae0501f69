/// The API described as OpenAPI 3.1 (`GET /api/openapi.json`), written by hand next to the routes it describes
/// (`ServeRoutes`); a test checks that every route is in it and every path in it answers.
enum OpenAPIDocument {
    static let text = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "actornet serve",
            "version": "1",
            "description": "Edit one partnership network together. Every accepted change is on disk before it is \#
            acknowledged. When the server listens beyond loopback, every request needs the token it printed (query \#
        `token` or header `X-Actornet-Token`); POST requests from another origin are refused."
          },
          "components": {
            "securitySchemes": {
              "token": {"type": "apiKey", "in": "query", "name": "token"}
            },
            "schemas": {
              "Errors": {
                "type": "object",
                "required": ["errors"],
                "properties": {"errors": {"type": "array", "items": {"type": "string"}}}
              },
              "Network": {
                "type": "object",
                "required": ["version", "actors", "ties"],
                "properties": {
                  "version": {"type": "integer", "minimum": 1},
                  "actors": {"type": "array", "items": {"type": "object", "required": ["id"]}},
                  "ties": {"type": "array", "items": {"type": "object", "required": ["from", "to"]}},
                  "projects": {"type": "array", "items": {"type": "object", "required": ["id"]}}
                }
              },
              "Version": {
                "type": "object",
                "required": ["version"],
                "properties": {"version": {"type": "integer", "minimum": 1}}
              },
              "Edit": {
                "type": "object",
                "required": ["op"],
                "description": "add_actor {actor}; update_actor {id, fields}; remove_actor {id} (its ties and \#
                memberships go too); add_tie {tie}; update_tie {from, to, kind?, fields}; remove_tie {from, to, \#
        kind?}; update_network {fields: name, description, goals, language, directed, source}; \#
        add_project {project}; update_project {id, fields}; remove_project {id}. Records are written as in the \#
        network document (docs/network-format.md). In `fields`, null removes a field and `attributes.NAME` sets \#
        one attribute. Net-Map: `goals` is a list of texts; an actor's stance on goal N (from 1) is its attribute \#
        `stance.N` (`+`, `-` or `0`) and its influence the attribute `influence` (0-10).",
                "properties": {
                  "op": {
                    "type": "string",
                    "enum": ["add_actor", "update_actor", "remove_actor", "add_tie", "update_tie", "remove_tie",
                      "update_network", "add_project", "update_project", "remove_project"]
                  },
                  "id": {"type": "string"},
                  "from": {"type": "string"},
                  "to": {"type": "string"},
                  "kind": {"type": "string"},
                  "actor": {"$ref": "#/components/schemas/Actor"},
                  "tie": {"$ref": "#/components/schemas/Tie"},
                  "project": {"$ref": "#/components/schemas/Project"},
                  "fields": {"type": "object", "additionalProperties": {"anyOf": [{"$ref": \#
        "#/components/schemas/Value"}, {"$ref": "#/components/schemas/Values"}, {"type": "object"}]}}
                }
              },
              "Value": {
                "type": ["string", "number", "boolean", "null"],
                "description": "A value is read as in a YAML file: a number or true/false as its text; null as no \#
        value."
              },
              "Values": {
                "type": ["array", "string", "number", "boolean", "null"],
                "items": {"$ref": "#/components/schemas/Value"},
                "description": "A list, or one text with the items separated by ;"
              },
              "Actor": {
                "type": "object",
                "description": "Without `id`, one is made from the name (see `created`). Spanish and Portuguese \#
        field names and vocabulary are accepted, as in a file.",
                "properties": {
                  "id": {"$ref": "#/components/schemas/Value"},
                  "name": {"$ref": "#/components/schemas/Value"},
                  "sector": {"$ref": "#/components/schemas/Value"},
                  "level": {"$ref": "#/components/schemas/Value"},
                  "country": {"$ref": "#/components/schemas/Value"},
                  "territory": {"$ref": "#/components/schemas/Value"},
                  "roles": {"$ref": "#/components/schemas/Values"},
                  "offers": {"$ref": "#/components/schemas/Values"},
                  "needs": {"$ref": "#/components/schemas/Values"},
                  "motivation": {"$ref": "#/components/schemas/Values"},
                  "attributes": {"type": ["object", "null"], "additionalProperties": {"$ref": \#
        "#/components/schemas/Value"}},
                  "notes": {"$ref": "#/components/schemas/Value"}
                }
              },
              "Tie": {
                "type": "object",
                "properties": {
                  "from": {"$ref": "#/components/schemas/Value"},
                  "to": {"$ref": "#/components/schemas/Value"},
                  "weight": {"$ref": "#/components/schemas/Value"},
                  "kind": {"$ref": "#/components/schemas/Value"},
                  "directed": {"$ref": "#/components/schemas/Value"},
                  "project": {"$ref": "#/components/schemas/Value"},
                  "note": {"$ref": "#/components/schemas/Value"},
                  "start": {"$ref": "#/components/schemas/Value"},
                  "end": {"$ref": "#/components/schemas/Value"}
                }
              },
              "Project": {
                "type": "object",
                "properties": {
                  "id": {"$ref": "#/components/schemas/Value"},
                  "name": {"$ref": "#/components/schemas/Value"},
                  "lead": {"$ref": "#/components/schemas/Value"},
                  "members": {"type": ["array", "null"], "items": {"type": "object", "properties": {
                    "actor": {"$ref": "#/components/schemas/Value"}, "role": {"$ref": "#/components/schemas/Value"}}}}
                }
              },
              "EditRequest": {
                "type": "object",
                "required": ["edits"],
                "properties": {
                  "base": {"type": "integer", "description": "The version the editor saw; fields changed since then \#
        by \#
                  others are reported as conflicts (the later change wins)."},
                  "client": {"type": "string", "description": "Told to the other editors with the edits."},
                  "edits": {"type": "array", "items": {"$ref": "#/components/schemas/Edit"}}
                }
              },
              "EditResult": {
                "type": "object",
                "required": ["version", "conflicts", "created"],
                "properties": {
                  "version": {"type": "integer"},
                  "conflicts": {"type": "array", "items": {"type": "string"}, "description": "Fields \#
        (record/id/field) \#
                  another editor had changed since `base`."},
                  "created": {"type": "array", "items": {"type": "string"}, "description": "Ids made for actors added \#
                  without one."}
                }
              }
            }
          },
          "security": [{}, {"token": []}],
          "paths": {
            "/api/network": {
              "get": {
                "operationId": "getNetwork",
                "summary": "The network as the JSON document `convert FILE x.json` writes, with its `version` (also \#
                the ETag).",
                "responses": {
                  "200": {"description": "The network.", "content": {"application/json": {"schema": {"$ref": \#
                  "#/components/schemas/Network"}}},
                    "links": {"edit": {"operationId": "applyEdits", "requestBody": {"base": \#
                    "$response.body#/version"}}}},
                  "403": {"description": "No token, or a foreign host.", "content": {"application/json": {"schema": \#
                  {"$ref": "#/components/schemas/Errors"}}}}
                }
              }
            },
            "/api/edits": {
              "post": {
                "operationId": "applyEdits",
                "summary": "Apply edits, all or none, in the order received; written to the file (fsync) before the \#
                answer.",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": \#
                "#/components/schemas/EditRequest"}}}},
                "responses": {
                  "200": {"description": "Applied.", "content": {"application/json": {"schema": {"$ref": \#
                  "#/components/schemas/EditResult"}}},
                    "links": {
                      "next": {"operationId": "applyEdits", "requestBody": {"base": "$response.body#/version"}},
                      "undo": {"operationId": "undo"},
                      "tidy": {"operationId": "tidy"},
                      "analysis": {"operationId": "getAnalysis"},
                      "network": {"operationId": "getNetwork"},
                      "report": {"operationId": "download", "parameters": {"name": "report.html"}},
                      "diagram": {"operationId": "download", "parameters": {"name": "diagram.svg"}}
                    }},
                  "400": {"description": "Not an edit request.", "content": {"application/json": {"schema": {"$ref": \#
                  "#/components/schemas/Errors"}}}},
                  "403": {"description": "No token, or another origin.", "content": {"application/json": {"schema": \#
                  {"$ref": "#/components/schemas/Errors"}}}},
                  "413": {"description": "Body over the limit.", "content": {"application/json": {"schema": {"$ref": \#
                  "#/components/schemas/Errors"}}}},
                  "422": {"description": "An edit would make an invalid network; nothing changed. Messages in the \#
                  map's language.", "content": {"application/json": {"schema": {"$ref": \#
        "#/components/schemas/Errors"}}}},
                  "500": {"description": "The file could not be written; nothing changed.", "content": \#
                  {"application/json": {"schema": {"$ref": "#/components/schemas/Errors"}}}}
                }
              }
            },
            "/api/undo": {
              "post": {
                "operationId": "undo",
                "summary": "Undo the last change (anyone's).",
                "responses": {
                  "200": {"description": "Undone.", "content": {"application/json": {"schema": {"$ref": \#
                  "#/components/schemas/Version"}}},
                    "links": {"redo": {"operationId": "redo"}, "network": {"operationId": "getNetwork"}}},
                  "409": {"description": "Nothing to undo.", "content": {"application/json": {"schema": {"$ref": \#
                  "#/components/schemas/Errors"}}}}
                }
              }
            },
            "/api/redo": {
              "post": {
                "operationId": "redo",
                "summary": "Redo the last undone change.",
                "responses": {
                  "200": {"description": "Redone.", "content": {"application/json": {"schema": {"$ref": \#
                  "#/components/schemas/Version"}}},
                    "links": {"undo": {"operationId": "undo"}, "network": {"operationId": "getNetwork"}}},
                  "409": {"description": "Nothing to redo.", "content": {"application/json": {"schema": {"$ref": \#
                  "#/components/schemas/Errors"}}}}
                }
              }
            },
            "/api/reload": {
              "post": {
                "operationId": "reload",
                "summary": "Take the file as changed outside the server as the next version (undo goes back).",
                "responses": {
                  "200": {"description": "Reloaded.", "content": {"application/json": {"schema": {"$ref": \#
                  "#/components/schemas/Version"}}}},
                  "422": {"description": "The file on disk is not a valid network.", "content": {"application/json": \#
                  {"schema": {"$ref": "#/components/schemas/Errors"}}}}
                }
              }
            },
            "/api/tidy": {
              "post": {
                "operationId": "tidy",
                "summary": "Place every actor in its sector and level cell in the order of a Graphviz layout: one \#
                change (one undo step) setting the attributes map-x and map-y.",
                "responses": {
                  "200": {"description": "Tidied.", "content": {"application/json": {"schema": {"$ref": \#
                  "#/components/schemas/Version"}}},
                    "links": {"undo": {"operationId": "undo"}, "network": {"operationId": "getNetwork"}}},
                  "500": {"description": "Graphviz failed or the file could not be written; nothing changed.", \#
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Errors"}}}}
                }
              }
            },
            "/api/analysis": {
              "get": {
                "operationId": "getAnalysis",
                "summary": "Key actors, brokers, isolated actors, the sector × level table and suggested missing \#
        links \#
                with reasons.",
                "responses": {"200": {"description": "The live analysis.", "content": {"application/json": {"schema": \#
                {"type": "object"}}}}}
              }
            },
            "/api/events": {
              "get": {
                "operationId": "getEvents",
                "summary": "Server-Sent Events: hello, edits, version, conflict, external (the file changed on disk).",
                "responses": {"200": {"description": "An endless event stream.", "content": {"text/event-stream": \#
                {"schema": {"type": "string"}}}}}
              }
            },
            "/api/download/{name}": {
              "get": {
                "operationId": "download",
                "summary": "The diagram, the interactive map or the report of the network as it is now, in the \#
        map's language.",
                "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string", \#
        "enum": ["diagram.svg", "diagram.png", "diagram.pdf", "map.html", "report.html"]}}],
                "responses": {
                  "200": {"description": "The file, as an attachment.", "content": {"image/svg+xml": {}, \#
        "image/png": {}, "application/pdf": {}, "text/html": {}}},
                  "404": {"description": "Not one of the names.", "content": {"application/json": {"schema": \#
        {"$ref": "#/components/schemas/Errors"}}}},
                  "422": {"description": "The diagram cannot be drawn.", "content": {"application/json": {"schema": \#
        {"$ref": "#/components/schemas/Errors"}}}}
                }
              }
            },
            "/api/openapi.json": {
              "get": {
                "operationId": "getOpenAPI",
                "summary": "This document.",
                "responses": {"200": {"description": "OpenAPI 3.1.", "content": {"application/json": {"schema": \#
                {"type": "object"}}}}}
              }
            }
          }
        }
        """#
}
