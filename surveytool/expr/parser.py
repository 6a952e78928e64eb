"""Text to tree: a small tokenizer and a Pratt parser for the XLSForm/ODK expression subset.

Hand-written rather than generated so that every error can point at the character where
it happened, in words a form author understands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from surveytool.expr.ast import Binary, Call, Current, Literal, Name, Node, Parent, Ref, Unary
from surveytool.expr.errors import ExprSyntaxError
from surveytool.expr.functions import ARITY
from surveytool.expr.instance_paths import rewrite_instance_paths

_NAME = r"[A-Za-z_][A-Za-z0-9_.\-]*(?::[A-Za-z_][A-Za-z0-9_.\-]*)?"
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<ref>\$\{[^}]*\})
  | (?P<dotdot>\.\.)
  | (?P<dot>\.)
  | (?P<op><=|>=|!=|=|<|>|\+|-|\*)
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<comma>,)
  | (?P<name>"""
    + _NAME
    + r""")
    """,
    re.VERBOSE,
)
_REF_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")
_WORD_OPERATORS = frozenset({"and", "or", "div", "mod"})
#: an operator name glued to what follows by a character names may hold but not begin with
_GLUED_OPERATOR = re.compile(r"(and|or|div|mod)(?=[.\-0-9])")

#: binary operator -> binding power (higher binds tighter); all left-associative
_BINDING = {
    "or": 10,
    "and": 20,
    "=": 30,
    "!=": 30,
    "<": 40,
    "<=": 40,
    ">": 40,
    ">=": 40,
    "+": 50,
    "-": 50,
    "*": 60,
    "div": 60,
    "mod": 60,
}
_UNARY_BINDING = 70


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # number string ref dot dotdot op lparen rparen comma name end
    text: str
    position: int


def tokenize(text: str) -> list[Token]:
    """Split into tokens; ``and``/``or``/``div``/``mod`` become operators only where one is due."""
    tokens: list[Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            char = text[position]
            if char in "'\"":
                raise ExprSyntaxError("unterminated string", text, position)
            if char == "$":
                raise ExprSyntaxError("'${' without a closing '}'", text, position)
            if char in "[]":
                raise ExprSyntaxError("predicates '[...]' are not supported", text, position)
            raise ExprSyntaxError(f"unexpected character {char!r}", text, position)
        kind = match.lastgroup or ""
        value = match.group()
        end = match.end()
        if kind == "name" and _expects_operator(tokens):
            glued = _GLUED_OPERATOR.match(value)
            if value in _WORD_OPERATORS:
                kind = "op"
            elif glued is not None:  # 'or.=9999': a name cannot stand here, an operator can
                kind, value, end = "op", glued.group(1), position + glued.end(1)
        if kind != "ws":
            tokens.append(Token(kind, value, position))
        position = end
    tokens.append(Token("end", "", len(text)))
    return tokens


def _expects_operator(tokens: list[Token]) -> bool:
    if not tokens:
        return False
    last = tokens[-1]
    return last.kind in ("number", "string", "ref", "dot", "dotdot", "rparen", "name")


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.index = 0

    def peek(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def fail(self, message: str, token: Token) -> ExprSyntaxError:
        return ExprSyntaxError(message, self.text, token.position)

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise self.fail("empty expression", self.peek())
        node = self.expression(0)
        token = self.peek()
        if token.kind != "end":
            if token.kind == "rparen":
                raise self.fail("')' without a matching '('", token)
            raise self.fail(f"expected an operator before {token.text!r}", token)
        return node

    def expression(self, min_binding: int) -> Node:
        left = self.prefix()
        while True:
            token = self.peek()
            if token.kind != "op":
                return left
            binding = _BINDING[token.text]
            if binding <= min_binding:
                return left
            self.advance()
            right = self.expression(binding)
            left = Binary(token.text, left, right)

    def prefix(self) -> Node:
        token = self.advance()
        if token.kind == "number":
            return Literal(float(token.text))
        if token.kind == "string":
            return Literal(token.text[1:-1])
        if token.kind == "ref":
            name = token.text[2:-1].strip()
            if not _REF_NAME.fullmatch(name):
                raise self.fail(f"'{token.text}' is not a valid question name", token)
            return Ref(name)
        if token.kind == "dot":
            return Current()
        if token.kind == "dotdot":
            raise self.fail("'..' is only allowed as position(..)", token)
        if token.kind == "op" and token.text == "-":
            return Unary("-", self.expression(_UNARY_BINDING))
        if token.kind == "lparen":
            inner = self.expression(0)
            closing = self.advance()
            if closing.kind != "rparen":
                raise self.fail("missing ')'", closing)
            return inner
        if token.kind == "name":
            if self.peek().kind == "lparen":
                return self.call(token)
            return Name(token.text)
        if token.kind == "end":
            raise self.fail("the expression ends where a value is expected", token)
        raise self.fail(f"expected a value, found {token.text!r}", token)

    def call(self, name_token: Token) -> Node:
        name = name_token.text
        if name not in ARITY:
            raise self.fail(f"unknown function '{name}()'", name_token)
        self.advance()  # the '('
        args: list[Node] = []
        if self.peek().kind == "rparen":
            self.advance()
        else:
            while True:
                if name == "position" and self.peek().kind == "dotdot":
                    self.advance()
                    args.append(Parent())
                else:
                    args.append(self.expression(0))
                separator = self.advance()
                if separator.kind == "rparen":
                    break
                if separator.kind != "comma":
                    raise self.fail(f"expected ',' or ')' in {name}()", separator)
        if name in ("normalize-space", "string-length") and not args:
            args.append(Current())  # XPath 1.0: without an argument, the context node
        self.check_call(name, args, name_token)
        return Call(name, tuple(args))

    def check_call(self, name: str, args: list[Node], token: Token) -> None:
        low, high = ARITY[name]
        if len(args) < low or (high is not None and len(args) > high):
            wanted = (
                str(low) if low == high else f"{low} or more" if high is None else f"{low}-{high}"
            )
            raise self.fail(f"{name}() takes {wanted} argument(s), got {len(args)}", token)
        if name == "position" and not isinstance(args[0], Parent):
            raise self.fail("position() only accepts '..', as in position(..)", token)
        if name in ("count", "sum") and not isinstance(args[0], Ref):
            raise self.fail(f"{name}() needs a ${{name}} argument", token)
        if name == "indexed-repeat":
            self.check_indexed_repeat(args, token)
        if name == "jr:choice-name" and not _is_quoted_ref(args[1]):
            raise self.fail("jr:choice-name() needs a quoted '${name}' as second argument", token)

    def check_indexed_repeat(self, args: list[Node], token: Token) -> None:
        """indexed-repeat(${q}, ${repeat}, index[, ${repeat2}, index2]...): names, then
        (repeat, index) pairs; the pairs are what the spec allows, up to five levels."""
        if len(args) % 2 == 0:
            raise self.fail(
                "indexed-repeat() takes a ${name}, then pairs of a ${repeat} and an index",
                token,
            )
        for position in (0, *range(1, len(args), 2)):
            if not isinstance(args[position], Ref):
                raise self.fail(
                    f"indexed-repeat(): argument {position + 1} must be a ${{name}}", token
                )


def _is_quoted_ref(node: Node) -> bool:
    return (
        isinstance(node, Literal)
        and isinstance(node.value, str)
        and bool(re.fullmatch(r"\s*\$\{" + _REF_NAME.pattern + r"\}\s*", node.value))
    )


def choice_name_question(node: Call) -> str:
    """The question named by jr:choice-name's second argument, e.g. ``'${sex}'`` -> ``sex``."""
    literal = node.args[1]
    assert isinstance(literal, Literal) and isinstance(literal.value, str)
    return literal.value.strip()[2:-1]


@lru_cache(maxsize=4096)
def parse(text: str) -> Node:
    """Parse an expression; raises ExprSyntaxError with the position of the problem."""
    if not isinstance(text, str):
        raise TypeError(f"expression must be a string, not {type(text).__name__}")
    return _Parser(rewrite_instance_paths(text)).parse()  # instance('x')/root/item[..]
