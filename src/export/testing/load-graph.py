"""Loads an exported graph file the way a Python user would, and prints what arrived as JSON.

usage: load-graph.py networkx-graphml|networkx-gexf|igraph-graphml FILE
Output: {"library": ..., "directed": bool, "nodes": {id: {attr: value}}, "edges": [{"source", "target", "data"}]}
Exits 3 when the library is missing or too old for the format (the test says so instead of failing).
"""
import json
import math
import sys
import warnings


def plain(value):
    """JSON-safe: igraph fills a numeric or boolean attribute an element lacks with NaN."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def networkx_graph(graph):
    edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True)
    return {
        "directed": graph.is_directed(),
        "nodes": {str(node): dict(data) for node, data in graph.nodes(data=True)},
        "edges": [{"source": str(e[0]), "target": str(e[1]), "data": dict(e[-1])} for e in edges],
    }


def main(kind, path):
    if kind.startswith("networkx"):
        try:
            import networkx
        except ImportError:
            sys.exit(3)
        if kind == "networkx-graphml":
            result = networkx_graph(networkx.read_graphml(path))
        else:
            from networkx.readwrite.gexf import GEXF
            if "1.3" not in GEXF.versions:
                print(f"networkx {networkx.__version__} cannot read GEXF 1.3", file=sys.stderr)
                sys.exit(3)
            result = networkx_graph(networkx.read_gexf(path))
        result["library"] = f"networkx {networkx.__version__}"
    else:
        try:
            import igraph
        except ImportError:
            sys.exit(3)
        with warnings.catch_warnings():
            # igraph warns that the `id` data key takes the place of the XML ids: the same values.
            warnings.simplefilter("ignore")
            graph = igraph.Graph.Read_GraphML(path)
        names = graph.vs["id"]
        result = {
            "library": f"igraph {igraph.__version__}",
            "directed": graph.is_directed(),
            "nodes": {vertex["id"]: vertex.attributes() for vertex in graph.vs},
            "edges": [
                {"source": names[edge.source], "target": names[edge.target], "data": edge.attributes()}
                for edge in graph.es
            ],
        }
    json.dump(plain(result), sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
