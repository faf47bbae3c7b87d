package org.helix.diagram.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.helix.diagram.functions.FunctionRegistry;

/**
 * Recursive-descent parser of the expression language. The grammar (also in docs/diagrams.md):
 *
 * <pre>
 * expression := or
 * or         := and ('or' and)*
 * and        := not ('and' not)*
 * not        := 'not' not | comparison
 * comparison := sum (('=' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') sum)?
 * sum        := postfix ('+' postfix)*
 * postfix    := primary ('.' NAME ('(' arguments? ')')? | '.' java | '[' expression ']')*
 * primary    := 'self' | NAME | NAME '(' arguments? ')' | java | '$' NAME | STRING | NUMBER | 'true' | 'false' | 'null'
 *             | 'count' '(' expression ')' | '(' expression ')'
 * java       := 'java' '(' STRING (',' expression)* ')'
 * </pre>
 *
 * A NAME on its own means {@code self.NAME}. The methods after a dot are a fixed list (size, isEmpty, notEmpty, first,
 * type, isA, container). The only way into Java is {@code java('id', ...)}, and only to functions contributed under
 * that id ({@link org.helix.diagram.functions.FunctionRegistry}): the id must be a string literal, so an unknown one
 * is a parse error with its column, like an unknown method.
 */
final class Parser {

	private enum Kind {
		NAME, STRING, NUMBER, SYMBOL, END
	}

	private record Token(Kind kind, String text, int position) {
		boolean is(String symbol) {
			return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbol);
		}
	}

	private final String text;
	private final List<Token> tokens;
	private int index;

	Parser(String text) {
		this.text = text == null ? "" : text;
		this.tokens = tokenize(this.text);
	}

	Expression parse() {
		if (tokens.get(0).kind() == Kind.END) {
			throw new ExpressionException(text, 0, "empty expression");
		}
		Ast.Node root = or();
		Token rest = peek();
		if (rest.kind() != Kind.END) {
			throw error(rest, "unexpected '" + rest.text() + "'");
		}
		return new Expression(text, root);
	}

	private Ast.Node or() {
		Ast.Node left = and();
		while (peek().is("or")) {
			int position = next().position();
			left = new Ast.Or(left, and(), position);
		}
		return left;
	}

	private Ast.Node and() {
		Ast.Node left = not();
		while (peek().is("and")) {
			int position = next().position();
			left = new Ast.And(left, not(), position);
		}
		return left;
	}

	private Ast.Node not() {
		if (peek().is("not")) {
			int position = next().position();
			return new Ast.Not(not(), position);
		}
		return comparison();
	}

	private Ast.Node comparison() {
		Ast.Node left = sum();
		Token operator = peek();
		if (operator.kind() == Kind.SYMBOL && List.of("=", "!=", "<", "<=", ">", ">=").contains(operator.text())) {
			next();
			return new Ast.Comparison(operator.text(), left, sum(), operator.position());
		}
		return left;
	}

	private Ast.Node sum() {
		Ast.Node left = postfix();
		while (peek().is("+")) {
			next();
			left = new Ast.Plus(left, postfix());
		}
		return left;
	}

	private Ast.Node postfix() {
		Ast.Node node = primary();
		while (true) {
			if (peek().is(".")) {
				next();
				Token name = expect(Kind.NAME, "a feature or method name after '.'");
				if (name.text().equals("java") && peek().is("(")) {
					node = java(node, name);
				} else if (peek().is("(")) {
					Ast.Method method = Ast.Method.of(name.text());
					if (method == null) {
						throw error(name, "unknown method '" + name.text()
								+ "()'; known are size, isEmpty, notEmpty, first, type, isA, container");
					}
					node = call(node, name, method);
				} else {
					node = new Ast.Navigation(node, name.text(), name.position());
				}
			} else if (peek().is("[")) {
				int position = next().position();
				Ast.Node condition = or();
				expectSymbol("]");
				node = new Ast.Select(node, condition, position);
			} else {
				return node;
			}
		}
	}

	private Ast.Node call(Ast.Node target, Token name, Ast.Method method) {
		next();
		List<Ast.Node> arguments = new ArrayList<>();
		if (!peek().is(")")) {
			arguments.add(or());
			while (peek().is(",")) {
				next();
				arguments.add(or());
			}
		}
		expectSymbol(")");
		if (arguments.size() != method.arity()) {
			throw error(name, name.text() + "() takes " + method.arity() + " argument(s), got " + arguments.size());
		}
		return new Ast.Call(target, method, arguments, name.position());
	}

	/** {@code java('id', arguments...)} on target; the id is resolved now so that a typo is reported with its column. */
	private Ast.Node java(Ast.Node target, Token name) {
		next();
		Token id = next();
		if (id.kind() != Kind.STRING) {
			throw error(id, "java() needs the id of a contributed function as a string, found " + describe(id));
		}
		FunctionRegistry registry = FunctionRegistry.getDefault();
		if (registry.function(id.text()) == null) {
			List<String> known = registry.functionIds();
			throw error(id, "unknown Java function '" + id.text() + "'; "
					+ (known.isEmpty() ? "none is contributed" : "contributed are " + String.join(", ", known)));
		}
		List<Ast.Node> arguments = new ArrayList<>();
		while (peek().is(",")) {
			next();
			arguments.add(or());
		}
		expectSymbol(")");
		return new Ast.JavaCall(target, id.text(), arguments, name.position());
	}

	private Ast.Node primary() {
		Token token = next();
		switch (token.kind()) {
		case STRING:
			return new Ast.Literal(token.text(), token.position());
		case NUMBER:
			return new Ast.Literal(token.text().contains(".") ? new BigDecimal(token.text()) : (Object) Long.valueOf(token.text()), token.position());
		case NAME:
			switch (token.text()) {
			case "self":
				return new Ast.Self();
			case "true":
				return new Ast.Literal(Boolean.TRUE, token.position());
			case "false":
				return new Ast.Literal(Boolean.FALSE, token.position());
			case "null":
				return new Ast.Literal(null, token.position());
			case "and", "or", "not":
				throw error(token, "'" + token.text() + "' needs an operand before it");
			case "count":
				if (peek().is("(")) {
					next();
					Ast.Node argument = or();
					expectSymbol(")");
					return new Ast.Count(argument);
				}
				break;
			default:
				break;
			}
			if (token.text().equals("java") && peek().is("(")) {
				return java(new Ast.Self(), token);
			}
			if (peek().is("(")) {
				Ast.Method method = Ast.Method.of(token.text());
				if (method == null) {
					throw error(token, "unknown function '" + token.text() + "()'; the only function is count(), methods are size, isEmpty, notEmpty, first, type, isA, container");
				}
				return call(new Ast.Self(), token, method); // 'container()' means 'self.container()'
			}
			return new Ast.Navigation(new Ast.Self(), token.text(), token.position());
		case SYMBOL:
			if (token.is("(")) {
				Ast.Node inner = or();
				expectSymbol(")");
				return inner;
			}
			if (token.is("$")) {
				Token name = expect(Kind.NAME, "a variable name after '$'");
				return new Ast.Variable(name.text(), token.position());
			}
			throw error(token, "unexpected '" + token.text() + "'");
		default:
			throw error(token, "unexpected end of expression");
		}
	}

	private Token peek() {
		return tokens.get(index);
	}

	private Token next() {
		Token token = tokens.get(index);
		if (token.kind() != Kind.END) {
			index++;
		}
		return token;
	}

	private Token expect(Kind kind, String what) {
		Token token = next();
		if (token.kind() != kind) {
			throw error(token, "expected " + what + ", found " + describe(token));
		}
		return token;
	}

	private void expectSymbol(String symbol) {
		Token token = next();
		if (!token.is(symbol) || token.kind() != Kind.SYMBOL) {
			throw error(token, "expected '" + symbol + "', found " + describe(token));
		}
	}

	private static String describe(Token token) {
		return token.kind() == Kind.END ? "the end of the expression" : "'" + token.text() + "'";
	}

	private ExpressionException error(Token token, String problem) {
		return new ExpressionException(text, token.position(), problem);
	}

	private static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (Character.isLetter(c) || c == '_') {
				int start = i;
				while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
					i++;
				}
				tokens.add(new Token(Kind.NAME, text.substring(start, i), start));
			} else if (Character.isDigit(c)) {
				int start = i;
				while (i < text.length() && Character.isDigit(text.charAt(i))) {
					i++;
				}
				if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
					i++;
					while (i < text.length() && Character.isDigit(text.charAt(i))) {
						i++;
					}
				}
				tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start));
			} else if (c == '\'' || c == '"') {
				int start = i++;
				StringBuilder value = new StringBuilder();
				while (true) {
					if (i >= text.length()) {
						throw new ExpressionException(text, start, "unterminated string");
					}
					char d = text.charAt(i++);
					if (d == '\\' && i < text.length()) {
						value.append(text.charAt(i++));
					} else if (d == c) {
						break;
					} else {
						value.append(d);
					}
				}
				tokens.add(new Token(Kind.STRING, value.toString(), start));
			} else {
				String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
				if (two.equals("!=") || two.equals("<=") || two.equals(">=")) {
					tokens.add(new Token(Kind.SYMBOL, two, i));
					i += 2;
				} else if ("=<>+.[]()$,".indexOf(c) >= 0) {
					tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
					i++;
				} else {
					throw new ExpressionException(text, i, "unexpected character '" + c + "'");
				}
			}
		}
		tokens.add(new Token(Kind.END, "", text.length()));
		return tokens;
	}
}
