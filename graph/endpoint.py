"""Talk to a SPARQL 1.1 server: push a project's graphs, query them, read the claims back.

A project outgrows one machine before it outgrows the RDF layout
(graph/rdf_build.py): the same named graphs (one per source, ``meta``,
``findings``) can live on a shared server, where others query them and where
``claimgraph compare --endpoint`` reads them back.  This module is the one
place that speaks HTTP, so the CLI stays a thin layer and the rest of the
package never opens a socket.

- **Writing** uses the SPARQL 1.1 Graph Store HTTP Protocol, one ``PUT`` per
  graph: the server replaces that graph whole, so re-pushing a changed source
  never leaves old and new triples mixed.  Graphs under the project's prefix
  that the project no longer has are deleted, so a dropped source does not
  linger.  The body is N-Triples (sent as ``application/n-triples``), which
  every server we name in the README reads.
- **Querying** uses the SPARQL 1.1 Protocol (``POST`` of a form, which has no
  URL length limit), asking for SPARQL JSON results or N-Triples, and turns
  the answer into the same :class:`~claimgraph.graph.sparql.Results` the
  local backends give, so the CLI prints both alike.  The query runs over the
  project's graphs only (``default-graph-uri`` and ``named-graph-uri``), as a
  local query does.
- **Reading** fetches the ``meta`` graph (``GET``): it holds every claim node,
  source and entity; the source graphs are a projection of those claims and
  ``findings`` is output, so neither is needed to rebuild the claim set.

Why the standard library (``urllib``) and not httpx or requests: each command
makes a handful of plain requests, one at a time, with no session state,
streaming or retries to manage, so a dependency would add nothing but weight.

Credentials come from the environment (``CLAIMGRAPH_ENDPOINT_TOKEN`` for a
bearer token, or ``CLAIMGRAPH_ENDPOINT_USER`` and
``CLAIMGRAPH_ENDPOINT_PASSWORD``) or from a netrc file (``$NETRC`` or
``~/.netrc``, matched by host), never from the command line, where other
users of the machine can read them in the process list.  A URL with a user
name or password in it is refused for the same reason.  Redirects are not
followed: the Authorization header would go with them to wherever they point.

Not supported: Digest authentication (Virtuoso's ``-auth`` services ask for
it), client certificates, and graphs too large for one request body.
"""

from __future__ import annotations

import base64
import contextlib
import json
import netrc
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from email.message import Message
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef

from .endpoint_layouts import (
    DEFAULT_TIMEOUT as DEFAULT_TIMEOUT,
    LAYOUTS as LAYOUTS,
    Layout as Layout,
)
from .errors import ClaimGraphError
from .model import Claim, ClaimSet
from .sparql import Results, Term, has_order_by
from .vocab import CG

TOKEN_ENV = "CLAIMGRAPH_ENDPOINT_TOKEN"
USER_ENV = "CLAIMGRAPH_ENDPOINT_USER"
PASSWORD_ENV = "CLAIMGRAPH_ENDPOINT_PASSWORD"

_RESULTS_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
# RDF answers (CONSTRUCT, DESCRIBE, a graph GET) we can read, best first.
# Each: (rdflib's parser for a CONSTRUCT answer, our RDF_FORMATS name for a graph GET).
_RDF_TYPES = {_NTRIPLES: ("nt", "nquads"), "text/plain": ("nt", "nquads"),
              "text/turtle": ("turtle", "turtle"), "application/x-turtle": ("turtle", "turtle")}
_ACCEPT_QUERY = f"{_RESULTS_JSON}, {_NTRIPLES};q=0.9, text/turtle;q=0.8"
_ACCEPT_GRAPH = f"{_NTRIPLES}, text/turtle;q=0.8"


class EndpointError(ClaimGraphError, OSError):
    """A server that could not be reached or that refused a request (said with its URL)."""


class EndpointURLError(ClaimGraphError, ValueError):
    """An endpoint URL that is not an http(s) URL we may use."""




def check_url(url: str) -> str:
    """Return ``url`` without a trailing slash if it is an http(s) URL with a host.

    >>> check_url("http://127.0.0.1:7878/")
    'http://127.0.0.1:7878'

    Raises:
        EndpointURLError: another scheme, no host, a bad port, or a user name or
            password in the URL (credentials belong in the environment or netrc).
    """
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port  # raises ValueError for a port that is not a number in range
    except ValueError as err:
        raise EndpointURLError(f"--endpoint: expected an http(s) URL, got {url!r} ({err}) "
                               f"(hint: e.g. http://127.0.0.1:7878)") from err
    del port
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointURLError(f"--endpoint: expected an http(s) URL with a host, got {url!r} "
                               f"(hint: e.g. http://127.0.0.1:7878)")
    if parts.username is not None or parts.password is not None:
        shown = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
        raise EndpointURLError(
            f"--endpoint: expected a URL without a user name or password, got one in "
            f"{shown!r} (hint: put credentials in {TOKEN_ENV}, or {USER_ENV} and "
            f"{PASSWORD_ENV}, or a netrc file)")
    if parts.query or parts.fragment:
        raise EndpointURLError(f"--endpoint: expected a URL without '?' or '#' parts, got "
                               f"{url!r} (hint: give the server's base URL)")
    return url.rstrip("/")


def authorization(url: str, environ: Mapping[str, str] | None = None) -> str | None:
    """Return the Authorization header for ``url``, from the environment or netrc, or None.

    A token (``CLAIMGRAPH_ENDPOINT_TOKEN``) wins over a user and password;
    without either, the netrc file (``$NETRC``, else ``~/.netrc``) is read
    for the URL's host.

    >>> authorization("http://h", {"CLAIMGRAPH_ENDPOINT_TOKEN": "abc"})
    'Bearer abc'
    >>> authorization("http://h", {"CLAIMGRAPH_ENDPOINT_USER": "ann",
    ...                            "CLAIMGRAPH_ENDPOINT_PASSWORD": "pw", "NETRC": "/dev/null"})
    'Basic YW5uOnB3'

    Raises:
        EndpointError: a user without a password (or the reverse), or a netrc
            file that cannot be parsed (with its line).
    """
    env = os.environ if environ is None else environ
    if env.get(TOKEN_ENV):
        return f"Bearer {env[TOKEN_ENV]}"
    user, password = env.get(USER_ENV), env.get(PASSWORD_ENV)
    if user or password:
        if not (user and password):
            missing = PASSWORD_ENV if user else USER_ENV
            raise EndpointError(f"credentials: expected both {USER_ENV} and {PASSWORD_ENV}, "
                                f"got no {missing} (hint: set it, or unset the other)")
        return _basic(user, password)
    path = Path(env["NETRC"]) if env.get("NETRC") else Path.home() / ".netrc"
    if not path.is_file():
        return None
    try:
        found = netrc.netrc(str(path)).authenticators(urllib.parse.urlsplit(url).hostname or "")
    except netrc.NetrcParseError as err:
        raise EndpointError(f"{err.filename}:{err.lineno}: expected a netrc entry, got "
                            f"{err.msg} (hint: 'machine HOST login USER password PASS')") from err
    except OSError as err:
        raise EndpointError(f"{path}: expected a readable netrc file, got {err.strerror}") \
            from err
    if found is None or not found[2]:
        return None
    return _basic(found[0] or "", found[2])


def _basic(user: str, password: str) -> str:
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Refuse redirects: the Authorization header must not follow them elsewhere."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect())


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A SPARQL server: its base URL, layout, timeout and credentials.

    >>> e = Endpoint.open("http://127.0.0.1:7878", environ={"NETRC": "/dev/null"})
    >>> e.query_url, e.graph_url("https://w3id.org/claimgraph/id/graph/nkf")
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fclaimgraph%2Fid%2Fgraph%2Fnkf')
    """

    url: str
    layout: Layout = field(default_factory=lambda: LAYOUTS.get("oxigraph"))
    timeout: float = DEFAULT_TIMEOUT
    auth: str | None = field(default=None, repr=False)

    @classmethod
    def open(cls, url: str, *, layout: str = "oxigraph", timeout: float = DEFAULT_TIMEOUT,
             environ: Mapping[str, str] | None = None) -> Endpoint:
        """Check ``url`` and find credentials for it (see :func:`authorization`).

        Raises:
            EndpointURLError: see :func:`check_url`.
            UnknownFormatError: ``layout`` is not in ``LAYOUTS`` (lists them).
            EndpointError: see :func:`authorization`.
        """
        base = check_url(url)
        return cls(base, LAYOUTS.get(layout), timeout, authorization(base, environ))

    def _service(self, path: str) -> str:
        return f"{self.url}/{path}" if path else self.url

    @property
    def query_url(self) -> str:
        return self._service(self.layout.query)

    def graph_url(self, graph: str, *, bulk: bool = False) -> str:
        """Return the Graph Store URL of one named graph (with the bulk flag when asked)."""
        query = urllib.parse.urlencode({self.layout.graph_param: graph})
        flag = f"&{self.layout.bulk}" if bulk and self.layout.bulk else ""
        return f"{self._service(self.layout.store)}?{query}{flag}"

    def request(self, method: str, url: str, *, body: bytes | Iterable[bytes] | None = None,
                headers: Mapping[str, str] | None = None,
                missing_ok: bool = False) -> tuple[bytes, str]:
        """Send one request; return the body and its media type ("" for a 404 when missing_ok).

        Raises:
            EndpointError: no connection, a timeout, a redirect or an error status.
        """
        sent = dict(headers or {})
        sent.setdefault("User-Agent", "claimgraph")
        if self.auth:
            sent["Authorization"] = self.auth
        req = urllib.request.Request(url, data=body, headers=sent, method=method)
        try:
            with _OPENER.open(req, timeout=self.timeout) as response:
                return response.read(), _media_type(response.headers)
        except urllib.error.HTTPError as err:
            with err:  # an HTTPError is also the open response: close its socket
                if missing_ok and err.code == 404:
                    return b"", ""
                raise self._status_error(method, url, err) from err
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            if isinstance(reason, TimeoutError | socket.timeout):
                raise EndpointError(
                    f"{method} {url}: expected an answer within {self.timeout:g} s, got none "
                    f"(hint: a slow server or a large graph; raise --timeout)") from err
            if isinstance(reason, ConnectionRefusedError):
                got = "connection refused"
            elif isinstance(reason, socket.gaierror):
                got = f"an unknown host ({reason.strerror})"
            else:
                got = " ".join(str(reason).split()) or type(reason).__name__
            raise EndpointError(f"{method} {url}: expected a SPARQL server, got {got} "
                                f"(hint: is the server running? check --endpoint)") from err

    def _status_error(self, method: str, url: str, err: urllib.error.HTTPError) -> EndpointError:
        detail = ""
        with contextlib.suppress(OSError):  # a body cut short: the status says enough
            detail = " ".join(err.read(400).decode("utf-8", "replace").split())
        got = f"HTTP {err.code} {err.reason}" + (f": {detail}" if detail else "")
        hint = _STATUS_HINTS.get(err.code, "the server's log may say more")
        if 300 <= err.code < 400:
            hint = (f"the server moved to {err.headers.get('Location')}; give that as "
                    f"--endpoint (redirects are not followed, so credentials stay put)")
        return EndpointError(f"{method} {url}: expected success, got {got} (hint: {hint})")

    # --- the Graph Store HTTP Protocol ----------------------------------------

    def put_graph(self, graph: str, ntriples: bytes | Iterable[bytes], *,
                  atomic: bool = True) -> None:
        """Replace one named graph with N-Triples (created when missing).

        ``ntriples`` may be pieces of the body, sent as they come (chunked).

        With ``atomic=False``, the layout's bulk mode is asked for when it has
        one: much faster, but a load that fails half-way leaves the graph
        partly written (until the next push replaces it).
        """
        self.request("PUT", self.graph_url(graph, bulk=not atomic), body=ntriples,
                     headers={"Content-Type": _NTRIPLES})

    def delete_graph(self, graph: str) -> None:
        """Delete one named graph (nothing happens when it is not there)."""
        self.request("DELETE", self.graph_url(graph), missing_ok=True)

    def get_graph(self, graph: str) -> tuple[str, str] | None:
        """Return one named graph's text and RDF format name, or None when there is no such graph.

        The format is a name in ``RDF_FORMATS`` (N-Triples is read as N-Quads).

        Raises:
            EndpointError: as :meth:`request`, or an answer that is not RDF we read.
        """
        url = self.graph_url(graph)
        body, media = self.request("GET", url, headers={"Accept": _ACCEPT_GRAPH},
                                   missing_ok=True)
        if not media:
            return None
        if media not in _RDF_TYPES:
            raise _not_rdf(f"GET {url}", media)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as err:
            raise EndpointError(f"GET {url}: expected UTF-8 {media}, got bytes that are not "
                                f"UTF-8 ({err.reason} at byte {err.start})") from err
        return text, _RDF_TYPES[media][1]

    # --- the SPARQL 1.1 Protocol --------------------------------------------------

    def select_graphs(self, prefix: str) -> tuple[str, ...]:
        """Return the names of the non-empty graphs whose IRI starts with ``prefix``, sorted."""
        results = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        names = {str(row[0]) for row in results.rows if row and isinstance(row[0], URIRef)}
        return tuple(sorted(n for n in names if n.startswith(prefix)))

    def query(self, sparql: str, *, graphs: Iterable[str] = ()) -> Results:
        """Run a query; with ``graphs``, over their merge (default graph) and them (GRAPH ?g).

        Rows of a query without ORDER BY are sorted, and CONSTRUCT triples
        always, as :func:`claimgraph.graph.sparql.run` sorts them.

        Raises:
            EndpointError: as :meth:`request`, or an answer that is not SPARQL results.
        """
        fields: list[tuple[str, str]] = [("query", sparql)]
        for name in graphs:
            fields += [("default-graph-uri", name), ("named-graph-uri", name)]
        body, media = self.request(
            "POST", self.query_url, body=urllib.parse.urlencode(fields).encode("utf-8"),
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     "Accept": _ACCEPT_QUERY})
        where = f"POST {self.query_url}"
        if media in ("application/json", _RESULTS_JSON):
            results = results_from_json(body, where)
            if results.kind == "SELECT" and not has_order_by(sparql):
                return Results("SELECT", results.variables,
                               tuple(sorted(results.rows, key=_row_key)))
            return results
        graph = _parse_rdf(body, media, where)
        triples = sorted(set(graph), key=lambda t: tuple(_text(x) for x in t))
        return Results("GRAPH", triples=tuple(triples))  # type: ignore[arg-type]


_STATUS_HINTS = {
    400: "the server could not run the request; check the query",
    401: f"set {TOKEN_ENV}, or {USER_ENV} and {PASSWORD_ENV}, or add the host to netrc",
    403: "these credentials may read but not write, or not this graph",
    404: "check --endpoint and --server (the paths of each server are in the README)",
    405: "this URL does not take that method; check --server",
    413: "the graph is too large for one request; raise the server's upload limit",
    415: "the server does not read this media type; check --server",
}


def _media_type(headers: Message) -> str:
    return headers.get_content_type() if headers.get("Content-Type") else ""


def _not_rdf(where: str, media: str) -> EndpointError:
    return EndpointError(f"{where}: expected SPARQL results or RDF "
                         f"({', '.join(sorted(_RDF_TYPES))}), got {media or 'no media type'} "
                         f"(hint: check --endpoint and --server)")


def _parse_rdf(body: bytes, media: str, where: str) -> Graph:
    if media not in _RDF_TYPES:
        raise _not_rdf(where, media)
    graph = Graph()
    try:
        graph.parse(data=body.decode("utf-8"), format=_RDF_TYPES[media][0])
    except Exception as err:  # rdflib raises many unrelated types for bad syntax
        raise EndpointError(f"{where}: expected {media}, got text that does not parse: "
                            f"{' '.join(str(err).split())[:200]}") from err
    return graph


def results_from_json(body: bytes, where: str = "SPARQL JSON") -> Results:
    """Return SPARQL 1.1 Query Results JSON as typed :class:`Results` (rdflib terms).

    >>> r = results_from_json(b'{"head": {"vars": ["n"]}, "results": {"bindings": '
    ...     b'[{"n": {"type": "literal", "value": "3", '
    ...     b'"datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}')
    >>> r.variables, [str(t) for t in r.rows[0]]
    (('n',), ['3'])

    Raises:
        EndpointError: the body is not results JSON.
    """
    try:
        data = json.loads(body)
        if "boolean" in data:
            return Results("ASK", boolean=bool(data["boolean"]))
        variables = tuple(str(v) for v in data["head"]["vars"])
        rows = tuple(tuple(_json_term(b.get(v)) for v in variables)
                     for b in data["results"]["bindings"])
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise EndpointError(f"{where}: expected SPARQL JSON results, got "
                            f"{type(err).__name__}: {err}") from err
    return Results("SELECT", variables, rows)


_JSON_TERMS: dict[str, Callable[[dict[str, str]], Term]] = {
    "uri": lambda t: URIRef(t["value"]),
    "bnode": lambda t: BNode(t["value"]),
    "literal": lambda t: Literal(t["value"], lang=t.get("xml:lang"),
                                 datatype=None if "xml:lang" in t else t.get("datatype"),
                                 normalize=False),
}
_JSON_TERMS["typed-literal"] = _JSON_TERMS["literal"]  # the 2008 name, still sent by some


def _json_term(term: dict[str, str] | None) -> Term | None:
    return None if term is None else _JSON_TERMS[term["type"]](term)


def _text(value: object) -> str:
    return "_:" + str(value) if isinstance(value, BNode) else str(value)


def _row_key(row: tuple[Term | None, ...]) -> tuple[tuple[bool, str], ...]:
    # The order graph/sparql.py gives rows of a query without ORDER BY: as text, None first.
    return tuple((v is not None, "" if v is None else _text(v)) for v in row)


# --- a project on the server ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pushed:
    """What :func:`push` did: graphs written (with their triple counts) and graphs removed."""

    written: tuple[tuple[str, int], ...]
    removed: tuple[str, ...]


# A quad with its terms in N-Triples syntax, the graph None for the default graph
# (ClaimGraph.term_quads gives them so).
TermQuad = tuple[str, str, str, str | None]
_CHUNK = 8192  # lines per piece of a streamed request body


def _ntriples(triples: list[tuple[str, str, str]]) -> Iterator[bytes]:
    """Yield N-Triples in pieces, so a graph of millions of triples is never one string."""
    for start in range(0, len(triples), _CHUNK):
        yield "".join(f"{s} {p} {o} .\n"
                      for s, p, o in triples[start:start + _CHUNK]).encode("utf-8")


def push(endpoint: Endpoint, quads: Iterable[TermQuad], prefix: str, *, atomic: bool = False,
         on_graph: Callable[[int, int, str], None] | None = None) -> Pushed:
    """Replace each named graph of ``quads`` on the server; delete stale ones under ``prefix``.

    ``quads`` have their terms in N-Triples syntax (``ClaimGraph.term_quads()``);
    each graph's triples are streamed as the request body, never held as one
    text.  ``prefix`` is where the project's graph names start
    (``<base>graph/``); a graph there that ``quads`` do not have is deleted
    after the others are written, so a source dropped from the project leaves
    the server too.  The meta graph goes last, so a reader never finds claims
    whose source graphs are not there yet.  ``on_graph(done, total, name)``
    is called before each graph is sent.  Unless ``atomic``, graphs go in the
    server's bulk mode when its layout has one (see :meth:`Endpoint.put_graph`).

    Raises:
        EndpointError: a request failed (graphs written before it stay written).
    """
    by_graph: dict[str, list[tuple[str, str, str]]] = {}
    for s, p, o, g in quads:
        if g is not None:
            by_graph.setdefault(g[1:-1], []).append((s, p, o))
    stale = set(endpoint.select_graphs(prefix)) - set(by_graph)
    order = sorted(by_graph, key=lambda n: (n.endswith("/meta"), n))
    written = []
    for done, name in enumerate(order):
        if on_graph:
            on_graph(done, len(order), name)
        triples = by_graph.pop(name)  # let each graph's list go once it is sent
        endpoint.put_graph(name, _ntriples(triples), atomic=atomic)
        written.append((name, len(triples)))
    for name in sorted(stale):
        endpoint.delete_graph(name)
    return Pushed(tuple(written), tuple(sorted(stale)))


def read_claims(endpoint: Endpoint, base: str) -> ClaimSet:
    """Return the claim set pushed under ``base``, read from its meta graph.

    The graph goes through the same reader as a claims.nq file
    (:meth:`ClaimGraph.from_rdf`), so a graph that is not claimgraph's
    layout is refused the same way.

    Raises:
        EndpointError: no meta graph under ``base`` (with the graphs that are there).
        ValidationError: the graph is not claimgraph's layout, located by its URL.
    """
    from .store import ClaimGraph

    meta = f"{base}graph/meta"
    url = endpoint.graph_url(meta)
    found = endpoint.get_graph(meta)
    if found is None or not found[0].strip():
        there = endpoint.select_graphs("")
        shown = ", ".join(f"<{g}>" for g in there[:5]) + (" ..." if len(there) > 5 else "")
        raise EndpointError(
            f"{url}: expected the graph <{meta}> that 'claimgraph push' writes, got "
            f"{'no such graph' if found is None else 'an empty graph'} (hint: push the "
            f"project first, or give its --graph-prefix; graphs there: {shown or 'none'})")
    text, fmt = found
    claims = ClaimGraph.from_rdf(text, fmt, where=url).to_claimset()
    rows = endpoint.query(f"SELECT ?c WHERE {{ GRAPH <{meta}> {{ ?c a <{CG.Claim}> }} }}").rows
    prefix = f"{base}claim/"
    ids = {urllib.parse.unquote(str(row[0])[len(prefix):]) for row in rows
           if row and str(row[0]).startswith(prefix)}
    return replace(claims, claims=tuple(sorted(
        (_as_pushed(c, ids) for c in claims.claims), key=lambda c: c.id)))


def _as_pushed(claim: Claim, ids: set[str]) -> Claim:
    """Return ``claim`` with its horizon spelt as it was pushed.

    Servers that store literals by value (Oxigraph) give durations back in
    canonical form: a horizon pushed as ``P12M`` comes back as ``P1Y``.  The
    claim's IRI still holds its id, a hash of its content as written, so the
    one spelling of the same period that gives that id back is the one pushed.
    """
    measure = claim.measure
    if claim.id in ids or measure is None or measure.horizon is None:
        return claim
    for spelling in duration_spellings(measure.horizon):
        candidate = replace(claim, measure=replace(measure, horizon=spelling))
        if candidate.id in ids:
            return candidate
    return claim


_CANONICAL_DURATION = re.compile(
    r"^(-?)P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def duration_spellings(canonical: str) -> list[str]:
    """Return the ways to write the period of a canonical xsd:duration (whole units only).

    >>> duration_spellings("P1Y")
    ['P12M', 'P1Y', 'P1Y0M']
    >>> duration_spellings("P1D")[:3]
    ['P1D', 'PT24H', 'PT1440M']
    """
    m = _CANONICAL_DURATION.match(canonical)
    if not m:
        return []
    sign = m.group(1)
    years, months, days, hours, minutes, seconds = (int(g or 0) for g in m.groups()[1:])
    total_months = 12 * years + months
    total_seconds = ((24 * days + hours) * 60 + minutes) * 60 + seconds
    month_parts = [""] if not total_months else sorted({
        f"{total_months}M", *([f"{total_months // 12}Y"] if total_months % 12 == 0 else []),
        f"{total_months // 12}Y{total_months % 12}M"})
    time_parts = [""] if not total_seconds else _day_time_spellings(total_seconds)
    return [f"{sign}P{a}{b}" for a in month_parts for b in time_parts if a or b]


def _day_time_spellings(seconds: int) -> list[str]:
    found = []
    for unit, size in (("D", 86400), ("TH", 3600), ("TM", 60), ("TS", 1)):
        if seconds % size == 0:
            found.append(f"T{seconds // size}{unit[1]}" if unit.startswith("T")
                         else f"{seconds // size}D")
    days, rest = divmod(seconds, 86400)
    if days and rest and rest % 3600 == 0:
        found.append(f"{days}DT{rest // 3600}H")
    return found
