#!/usr/bin/env Rscript
# Writes the Gould–Fernandez brokerage fixtures: what R's sna::brokerage gives on directed, undirected and weighted
# networks with 2–5 groups, on the example networks (by sector and by level), on the test fixtures and on a real
# network (Somalia, IATI + OCHA 3W). The output is committed, so `make test` needs no R.
#
# Run from the repository root (Debian: apt-get install r-base-core r-cran-sna; jsonlite and yaml come with it):
#   Rscript scripts/brokerage_reference.R [SOMALIA_JSON]
# SOMALIA_JSON (markbrough/iati3w-data network.json) is only needed to rewrite
# Tests/ActorNetAnalysisTests/Fixtures/brokerage/somalia-iati3w.yaml; without it the committed file is read.
#
# Output: Tests/ActorNetAnalysisTests/Fixtures/brokerage/sna-reference.json, checked by
# Tests/ActorNetAnalysisTests/Brokerage/BrokerageReferenceTests.swift. Per case: the actors, the group of each,
# the network (a file the test loads with actornet, or the arcs inline), and sna's raw counts, expected counts,
# z-scores per actor (roles w_I, w_O, b_IO, b_OI, b_O, t), the expected counts and standard deviations per group
# (they depend only on the broker's group), and the network-level ones.
#
# The graph is built as actornet builds it (docs/measures/README.md): self-loops dropped, parallel ties merged
# (weights summed), undirected ties as two arcs; a network is directed when it says so or any tie does. sna is
# given the weighted adjacency matrix: it counts every non-zero entry as a tie, as actornet ignores weights here.

suppressPackageStartupMessages({
  library(sna)
  library(jsonlite)
  library(yaml)
})

out_dir <- file.path("Tests", "ActorNetAnalysisTests", "Fixtures", "brokerage")
if (!dir.exists(file.path("Networks"))) stop("run from the repository root")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)
somalia_yaml <- file.path(out_dir, "somalia-iati3w.yaml")

sectors <- c("public", "private", "academia", "civil-society", "international", "unspecified")
levels <- c("international", "national", "regional", "local", "unspecified")

# ---- Somalia: the real network, written once as an actornet YAML file with its provenance ----------------------
args <- commandArgs(trailingOnly = TRUE)
if (length(args) >= 1) {
  src <- fromJSON(args[1], simplifyVector = FALSE)
  yq <- function(x) paste0('"', gsub('"', '\\\\"', gsub("\\\\", "\\\\\\\\", x)), '"')
  level_of <- function(scope) if (scope %in% c("international", "regional", "local")) scope else "unspecified"
  lines <- c(
    "# Real network: Somalia's humanitarian and development organisations, linked when they appear together in",
    "# IATI activity data (Somalia, from 2020) or OCHA Somalia 3W data. Source: markbrough/iati3w-data @",
    "# 8480826f36a7a1c3b1926765c19e1b3558d86037 (gh-pages, 2021-05-05), network.json, by David Megginson;",
    "# repository under UNLICENSE (public domain). Converted by scripts/brokerage_reference.R: stub -> id,",
    "# scope -> level (unknown -> unspecified), humanitarian and sources -> attributes; all 746 links, weight 1.",
    "name: Somalia humanitarian and development organisations (IATI + OCHA 3W, 2021)",
    "directed: false",
    "source: markbrough/iati3w-data@8480826f36a7a1c3b1926765c19e1b3558d86037 network.json",
    "actors:")
  for (node in src$nodes) {
    lines <- c(lines,
      paste0("- id: ", yq(node$stub)),
      paste0("  name: ", yq(node$name)),
      paste0("  level: ", level_of(node$scope)),
      paste0("  attributes: {humanitarian: ", yq(if (isTRUE(node$humanitarian)) "yes" else "no"),
             ", sources: ", yq(paste(sort(unlist(node$sources)), collapse = "+")), "}"))
  }
  lines <- c(lines, "ties:")
  for (link in src$links) {
    lines <- c(lines, paste0("- {from: ", yq(link$source), ", to: ", yq(link$target), "}"))
  }
  writeLines(lines, somalia_yaml, useBytes = TRUE)
}

# ---- Networks: a list(ids, directed, matrix) from a file or from arcs ------------------------------------------
adjacency <- function(ids, directed, from, to, weight, tie_directed) {
  n <- length(ids)
  m <- matrix(0, n, n)
  a <- match(from, ids)
  b <- match(to, ids)
  if (anyNA(a) || anyNA(b)) stop("a tie names an undeclared actor")
  for (k in seq_along(a)) {
    if (a[k] == b[k]) next
    m[a[k], b[k]] <- m[a[k], b[k]] + weight[k]
    if (!directed || !tie_directed[k]) m[b[k], a[k]] <- m[b[k], a[k]] + weight[k]
  }
  m
}

read_network <- function(path) {
  doc <- if (grepl("\\.json$", path)) fromJSON(path, simplifyVector = FALSE) else read_yaml(path)
  actors <- doc$actors
  ids <- vapply(actors, function(a) as.character(a$id), "")
  field <- function(a, key, vocabulary) {
    value <- if (is.null(a[[key]])) "unspecified" else as.character(a[[key]])
    if (!(value %in% vocabulary)) stop(path, ": ", key, " `", value, "` is not canonical")
    value
  }
  ties <- doc$ties
  net_directed <- isTRUE(doc$directed)
  said <- vapply(ties, function(t) if (is.null(t$directed)) NA else isTRUE(t$directed), NA)
  directed <- net_directed || any(said %in% TRUE)
  tie_directed <- ifelse(is.na(said), net_directed, said)
  weight <- vapply(ties, function(t) if (is.null(t$weight)) 1 else as.numeric(t$weight), 0)
  if (anyNA(weight) || any(weight <= 0)) stop(path, ": a tie weight is not a positive number")
  list(
    ids = ids, directed = directed,
    sector = vapply(actors, field, "", "sector", sectors),
    level = vapply(actors, field, "", "level", levels),
    attributes = lapply(actors, function(a) a$attributes),
    matrix = adjacency(ids, directed, vapply(ties, function(t) as.character(t$from), ""),
                       vapply(ties, function(t) as.character(t$to), ""), weight, tie_directed))
}

# ---- One case: sna on a network and a partition ---------------------------------------------------------------
cases <- list()
add_case <- function(name, net, groups, by, file = NULL) {
  b <- brokerage(net$matrix, groups)
  arcs <- which(net$matrix != 0, arr.ind = TRUE)
  arcs <- arcs[order(arcs[, 1], arcs[, 2]), , drop = FALSE]
  case <- list(
    name = name, by = by, directed = net$directed, ids = net$ids, groups = as.character(groups),
    raw = unname(b$raw.nli), z = unname(b$z.nli),
    moments = lapply(setNames(seq_along(b$clid), as.character(b$clid)), function(i) {
      list(expected = unname(b$exp.grp[i, ]), sd = unname(b$sd.grp[i, ]))
    }),
    network = list(raw = unname(b$raw.gli), expected = unname(b$exp.gli), sd = unname(b$sd.gli),
                   z = unname(b$z.gli)))
  if (is.null(file)) {
    # Inline networks: arcs (0-based) with their weights; undirected ones as one tie per unordered pair.
    keep <- if (net$directed) rep(TRUE, nrow(arcs)) else arcs[, 1] < arcs[, 2]
    case$ties <- lapply(which(keep), function(k) {
      c(arcs[k, 1] - 1, arcs[k, 2] - 1, net$matrix[arcs[k, 1], arcs[k, 2]])
    })
  } else {
    case$file <- file
  }
  cases[[length(cases) + 1]] <<- case
}

# The 5-actor star of issue 12: hub a0 with four leaves, undirected.
star <- list(ids = paste0("a", 0:4), directed = FALSE, matrix = matrix(0, 5, 5))
star$matrix[1, 2:5] <- 1
star$matrix[2:5, 1] <- 1
add_case("star: hub and one leaf | three leaves", star, c(1, 1, 2, 2, 2), "assigned")
add_case("star: hub and two leaves | two leaves", star, c(1, 1, 1, 2, 2), "assigned")
add_case("star: hub | leaves", star, c(1, 2, 2, 2, 2), "assigned")
add_case("star: three groups", star, c(1, 1, 2, 2, 3), "assigned")

# Random networks: directed and undirected, binary and weighted, 2–5 groups, several sizes and densities.
set.seed(20261202)
for (k in 2:5) {
  for (size in c(9, 16, 40)) {
    for (mode in c("digraph", "graph")) {
      for (weighted in c(FALSE, TRUE)) {
        density <- runif(1, 0.08, 0.45)
        g <- rgraph(size, tprob = density, mode = mode)
        if (weighted) {
          w <- matrix(round(runif(size * size, 0.1, 9.9), 2), size, size)
          if (mode == "graph") w[lower.tri(w)] <- t(w)[lower.tri(w)]
          g <- g * w
        }
        groups <- c(1:k, sample(1:k, size - k, replace = TRUE))  # every group present
        net <- list(ids = paste0("v", seq_len(size) - 1), directed = mode == "digraph", matrix = g)
        add_case(sprintf("random %s %s n=%d d=%.2f, %d groups", if (weighted) "weighted" else "binary",
                         if (mode == "digraph") "directed" else "undirected", size, density, k),
                 net, groups, "assigned")
      }
    }
  }
}

# The example networks and the test networks that have sectors and levels: by sector and by level.
yaml_files <- c(Sys.glob("Networks/*.yaml"), Sys.glob("Tests/ActorNetAnalysisTests/Fixtures/cooperation/*.yaml"))
for (path in yaml_files) {
  net <- read_network(path)
  add_case(paste(basename(path), "by sector"), net, net$sector, "sector", file = path)
  add_case(paste(basename(path), "by level"), net, net$level, "level", file = path)
}

# The centrality fixtures (classic networks, some weighted, one directed): seeded partitions into 2–5 groups.
json_files <- Sys.glob("Tests/ActorNetAnalysisTests/Fixtures/centrality/*.json")
json_files <- json_files[!grepl("expected", json_files)]
for (i in seq_along(json_files)) {
  net <- read_network(json_files[i])
  k <- 2 + (i - 1) %% 4
  groups <- c(1:k, sample(1:k, length(net$ids) - k, replace = TRUE))
  add_case(sprintf("%s, %d assigned groups", basename(json_files[i]), k), net, groups, "assigned",
           file = json_files[i])
}

# The real network: by level (its scope) and by humanitarian status.
net <- read_network(somalia_yaml)
attribute <- function(key) vapply(net$attributes, function(a) as.character(a[[key]]), "")
add_case("somalia-iati3w by level", net, net$level, "level", file = somalia_yaml)
add_case("somalia-iati3w by humanitarian", net, attribute("humanitarian"), "attribute:humanitarian",
         file = somalia_yaml)

doc <- list(
  source = "scripts/brokerage_reference.R",
  sna = as.character(packageVersion("sna")), R = paste(R.version$major, R.version$minor, sep = "."),
  roles = c("w_I", "w_O", "b_IO", "b_OI", "b_O", "t"), cases = cases)
writeLines(toJSON(doc, auto_unbox = TRUE, digits = NA, na = "null", pretty = FALSE),
           file.path(out_dir, "sna-reference.json"))
cat(length(cases), "cases written to", file.path(out_dir, "sna-reference.json"), "\n")
