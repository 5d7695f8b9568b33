"""Static check: every SQL statement that carries data binds it as a parameter.

Walks the AST of orchestration/, sources/, schemas/ and extraction/ for calls of execute,
executemany, sql, query, ... whose statement is built at run time (an f-string with
placeholders, `%`, `.format()`, concatenation, or a variable that is one of those or of
unknown origin). Each such statement must be listed in ALLOWED below with what it
interpolates and why that is an identifier or literal chosen by code, never a value from a
source. A new dynamic statement fails the test until it is bound or justified here; an entry
that no longer matches anything fails too, so the list stays true.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("orchestration", "sources", "schemas", "extraction")
SQL_METHODS = frozenset({"execute", "executemany", "sql", "query", "read_sql", "read_sql_query", "from_query"})

# (file, function, interpolated expressions) -> why it is safe.
ALLOWED: dict[tuple[str, str, frozenset[str]], str] = {
    ("orchestration/landing.py", "replace_slice", frozenset({"table", "slice_column"})):
        "table and slice column are literals at every call site (trade_statistics.py); the slice values are bound with ?",
    ("orchestration/landing.py", "replace_slice", frozenset({"table"})):
        "the same literal table name; the rows travel as a registered DataFrame, not as SQL text",
    ("orchestration/landing.py", "replace_slice", frozenset({"columns", "stored"})):
        "column names from pragma_table_info of our own temp table, double-quoted; `stored` is built from "
        "them and the literal table/slice column; the slice values are bound with ?",
    ("orchestration/serving.py", "publish", frozenset({"_sql_path(warehouse)"})):
        "ATTACH takes no parameters; our own settings path, quotes escaped by _sql_path",
    ("orchestration/serving.py", "publish", frozenset({"MART_SCHEMA"})):
        "module constant 'marts'",
    ("orchestration/serving.py", "publish", frozenset({"MART_SCHEMA", "table", "source", "order"})):
        "table names read from the warehouse catalog (information_schema), double-quoted; `order` is "
        "built by _cluster_order from the module constant CLUSTER_COLUMNS only, double-quoted",
    ("orchestration/serving.py", "publish", frozenset({"MART_SCHEMA", "table"})):
        "table names read from the warehouse catalog (information_schema), double-quoted",
    ("orchestration/serving.py", "publish", frozenset({"MART_SCHEMA", "table", "_sql_path(_building(parquet))"})):
        "COPY TO takes no parameters; catalog table name and our own output path, quotes escaped",
    ("orchestration/run.py", "print_summary", frozenset({"table"})):
        "table names from mart_tables() (the serving file's catalog), double-quoted",
    ("orchestration/marts_metadata.py", "mart_metadata", frozenset({"relation"})):
        "relation is marts.\"<dbt model name>\" built from the asset key, i.e. from the dbt manifest",
    ("orchestration/marts_metadata.py", "mart_metadata", frozenset({"relation", "PREVIEW_ROWS"})):
        "dbt model relation as above; PREVIEW_ROWS is an int constant",
    ("orchestration/marts_metadata.py", "mart_metadata", frozenset({"<opaque: query>"})):
        "chart queries are literals of the module's CHARTS table, keyed by mart name",
    ("orchestration/build_state.py", "*", frozenset({"stamp", "table"})):
        "table and timestamp column come from a literal list of raw tables in the module",
}


@dataclass(frozen=True)
class DynamicSql:
    path: str
    function: str
    line: int
    parts: frozenset[str]
    statement: str

    def allowed_key(self) -> tuple[str, str, frozenset[str]] | None:
        for key in ((self.path, self.function, self.parts), (self.path, "*", self.parts)):
            if key in ALLOWED:
                return key
        return None


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: str, module: ast.Module) -> None:
        self.path = path
        self.found: list[DynamicSql] = []
        self._scopes: list[tuple[str, dict[str, list[ast.expr]]]] = [("<module>", _assignments(module))]

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._scopes.append((node.name, _assignments(node)))
        self.generic_visit(node)
        self._scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in SQL_METHODS:
            statement = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "query"), None)
            if statement is not None:
                parts = self._dynamic_parts(statement, depth=0)
                if parts:
                    function = next((name for name, _ in reversed(self._scopes) if name != "<module>"), "<module>")
                    self.found.append(DynamicSql(self.path, function, node.lineno, frozenset(parts), ast.unparse(statement)[:200]))
        self.generic_visit(node)

    def _dynamic_parts(self, expr: ast.expr, depth: int) -> set[str]:
        """Interpolated sub-expressions of a statement; empty when it is a plain literal."""
        if isinstance(expr, ast.Constant):
            return set()
        if isinstance(expr, ast.JoinedStr):
            return {ast.unparse(v.value) for v in expr.values if isinstance(v, ast.FormattedValue)}
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            return self._dynamic_parts(expr.left, depth) | self._dynamic_parts(expr.right, depth)
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Mod):
            return {f"% {ast.unparse(expr.right)}"}
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "format":
            return {f".format({ast.unparse(a)})" for a in [*expr.args, *(k.value for k in expr.keywords)]}
        if isinstance(expr, ast.Name) and depth < 3:
            for _, assigned in reversed(self._scopes):
                if expr.id in assigned:
                    parts: set[str] = set()
                    for value in assigned[expr.id]:
                        parts |= self._dynamic_parts(value, depth + 1)
                    return parts
        return {f"<opaque: {ast.unparse(expr)}>"}


def _assignments(scope: ast.AST) -> dict[str, list[ast.expr]]:
    """name -> values assigned to it directly in this scope (not in nested functions)."""
    found: dict[str, list[ast.expr]] = {}
    body = list(ast.iter_child_nodes(scope))
    while body:
        node = body.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, []).append(node.value)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            found.setdefault(node.target.id, []).append(node.value)
        body.extend(ast.iter_child_nodes(node))
    return found


def scan(paths: list[Path]) -> list[DynamicSql]:
    found = []
    for path in paths:
        module = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        scanner = _Scanner(path.relative_to(ROOT).as_posix(), module)
        scanner.visit(module)
        found.extend(scanner.found)
    return found


def product_files() -> list[Path]:
    return sorted(p for d in SCANNED for p in (ROOT / d).rglob("*.py") if "snapshot" not in p.parts)


def test_every_dynamic_sql_statement_interpolates_only_identifiers_chosen_by_code():
    findings = scan(product_files())
    unexplained = [f for f in findings if f.allowed_key() is None]
    assert not unexplained, "SQL built from values; bind them with ? or justify in ALLOWED:\n" + "\n".join(
        f"  {f.path}:{f.line} in {f.function}: interpolates {sorted(f.parts)}: {f.statement}" for f in unexplained)


def test_the_allow_list_has_no_stale_entries():
    used = {f.allowed_key() for f in scan(product_files())}
    stale = [key for key in ALLOWED if key not in used]
    assert not stale, f"ALLOWED entries that match no statement any more: {stale}"


@pytest.mark.parametrize("source, expected", [
    ('c.execute(f"select * from t where name = \'{name}\'")', {"name"}),
    ('c.execute("select * from t where id = %s" % item_id)', {"% item_id"}),
    ('c.execute("select * from t where id = {}".format(item_id))', {".format(item_id)"}),
    ('c.execute("select * from t where id = " + item_id)', {"<opaque: item_id>"}),
    ('sql = f"delete from t where k = {key}"\nc.execute(sql)', {"key"}),
    ('c.execute("select * from t where id = ?", [item_id])', set()),
    ('sql = "select 1"\nc.execute(sql)', set()),
])
def test_the_scanner_sees_values_formatted_into_sql(tmp_path, source, expected):
    module = ast.parse(f"def f(c, name, item_id, key):\n" + "\n".join(f"    {line}" for line in source.splitlines()))
    scanner = _Scanner("example.py", module)
    scanner.visit(module)
    assert {p for f in scanner.found for p in f.parts} == expected
