/*
 * The syntax of one Koru/J construct (LANGUAGE.md Part A and the syntax of Part B).
 *
 * Koru is line-oriented: the Layout pass (Layout.java) splits a file into host lines and
 * constructs, cuts opaque proc bodies and test blocks out, and hands each construct's text to this
 * grammar. Inside a construct, a '|' that is the first non-blank character of a line starts a
 * handler or branch line (LINE_PIPE); anywhere else '|' is a variant, union or enum separator.
 * Handlers are parsed as a flat list: their nesting follows indentation and is rebuilt from each
 * LINE_PIPE's column by the AST builder.
 */
grammar Koru;

// LINE_PIPE has no lexer rule: the lexer matches every '|' as PIPE and retypes one that only blanks
// precede on its line. (A semantic predicate in a lexer rule would do the same but makes ANTLR
// recompute the lexer's start state for every token, which made lexing ~50x slower.)
tokens { LINE_PIPE }

@lexer::members {
    /** The line of the last token returned; a '|' on a new line is the first token of that line. */
    private int lineOfLastToken;

    @Override
    public void reset() {
        super.reset();
        lineOfLastToken = 0;
    }

    @Override
    public Token nextToken() {
        Token token = super.nextToken();
        // Blanks and comments are skipped, and a comment runs to the end of its line, so a token
        // that starts a new line has only blanks before it.
        if (token.getType() == PIPE && token.getLine() != lineOfLastToken) {
            ((CommonToken) token).setType(KoruParser.LINE_PIPE);
        }
        lineOfLastToken = token.getLine();
        return token;
    }
}

// ---------------------------------------------------------------- constructs

construct
    : TILDE annotations? constructBody EOF
    ;

annotations
    : LBRACK annotation (PIPE annotation)* RBRACK
    ;

annotation
    : BANG
    | ident
    ;

constructBody
    : PUB? EVENT path shape whereClause? branchDecl*                 # eventDecl
    | IMPORT STRING                                                  # importDecl
    | TYPE ident (shape whereClause? | ASSIGN ident (PIPE ident)*)   # typeDecl
    | PROC path (PIPE ident (LPAREN ident RPAREN)?)?                 # procHeader
    | TAP LPAREN tapEndpoint (ARROW tapEndpoint)? RPAREN handler*    # tapDecl
    | path ASSIGN step handler*                                      # subflowDecl
    | step handler*                                                  # flowDecl
    |                                                                # moduleAnnotation
    ;

shape
    : LBRACE (field (COMMA field)* COMMA?)? RBRACE
    ;

field
    : ident COLON typeRef
    ;

whereClause
    : WHERE expr
    ;

branchDecl
    : LINE_PIPE QUESTION? ident payload? whereClause?
    ;

payload
    : shape
    | typeRef
    ;

tapEndpoint
    : (ident | STAR | DOT | COLON)+
    ;

// ---------------------------------------------------------------- types

typeRef
    : STAR typeRef                                    # pointerType
    | LBRACK RBRACK CONST? typeRef                    # sliceType
    | path typeArguments? phantom?                    # namedType
    ;

typeArguments
    : LT typeRef (COMMA typeRef)* GT
    ;

phantom
    : LBRACK stateRef (PIPE stateRef)* RBRACK                       # phantomStates
    | LBRACK ident APOSTROPHE ident (PIPE ident)* RBRACK            # phantomVariable
    ;

stateRef
    : BANG? (dotted COLON)? ident BANG?
    ;

// ---------------------------------------------------------------- flows

handler
    : LINE_PIPE pattern (WHEN expr)? (PIPE_ARROW step?)?   // a missing step is KORU010, reported by BuildAst
    ;

pattern
    : ident ident?                  # branchPattern
    | QUESTION (ident ident?)?      # catchAllPattern
    ;

step
    : stepAtom (PIPE_ARROW stepAtom)*
    ;

stepAtom
    : AT ident (LPAREN arguments? RPAREN)?              # jumpStep
    | labelAnchor? invocation                           # invokeStep
    | ident expr?                                       # constructStep
    ;

labelAnchor
    : HASH ident (LBRACK WHERE expr RBRACK)?
    ;

invocation
    : path (PIPE ident)? LPAREN arguments? RPAREN
    ;

arguments
    : argument (COMMA argument)* COMMA?
    ;

argument
    : ident COLON argumentValue       # namedArgument
    | argumentValue                   # bareArgument
    ;

argumentValue
    : expr (RANGE expr)?
    ;

path
    : (dotted COLON)? dotted
    ;

dotted
    : ident (DOT ident)*
    ;

ident
    : ID
    | TYPE
    | TAP
    | CONST
    ;

// ---------------------------------------------------------------- expressions (B3, Part D precedence)

// `==>` is right-associative; it is listed flat (and folded right by BuildExpressions) so that a
// long chain never recurses in the parser.
// One left-recursive rule in precedence climbing form (Part D, high to low: unary; * / %;
// + - ++; comparisons; &&; ||; ==>), so that an operand costs one parse-tree node, not one per
// precedence level. Chains of one operator are left-deep trees that the AST builder folds without
// recursion; the parser recurses only for prefix operators and `==>`, whose runs ParseSource bounds
// before parsing.
expr
    : primary postfixOp*                                     # atomExpr
    | op=(BANG | MINUS) expr                                 # prefixExpr
    | expr op=(STAR | SLASH | PERCENT) expr                  # binaryExpr
    | expr op=(PLUS | MINUS | CONCAT) expr                   # binaryExpr
    | expr op=(LT | LE | GT | GE | EQ | NE) expr             # binaryExpr
    | expr op=ANDAND expr                                    # binaryExpr
    | expr op=OROR expr                                      # binaryExpr
    | <assoc=right> expr op=IMPLIES expr                     # binaryExpr
    ;

postfixOp
    : DOT ident                       # memberOp
    | LBRACK expr RBRACK              # indexOp
    ;

primary
    : INT                                                       # intLiteral
    | (TRUE | FALSE)                                            # boolLiteral
    | STRING                                                    # textLiteral
    | LPAREN expr RPAREN                                        # parenthesized
    | LBRACE (fieldInit (COMMA fieldInit)* COMMA?)? RBRACE      # recordLiteral
    | LBRACK (expr (COMMA expr)* COMMA?)? RBRACK                # listLiteral
    | ident LPAREN (expr (COMMA expr)* COMMA?)? RPAREN          # callExpr
    | dotted COLON ident                                        # qualifiedRef
    | ident                                                     # nameRef
    ;

fieldInit
    : ident COLON expr
    ;

// ---------------------------------------------------------------- lexer

EVENT   : 'event';
PUB     : 'pub';
PROC    : 'proc';
IMPORT  : 'import';
TYPE    : 'type';
TAP     : 'tap';
CONST   : 'const';
WHERE   : 'where';
WHEN    : 'when';
TRUE    : 'true';
FALSE   : 'false';

PIPE_ARROW : '|>';
OROR       : '||';
PIPE       : '|';
IMPLIES    : '==>';
EQ         : '==';
NE         : '!=';
LE         : '<=';
GE         : '>=';
LT         : '<';
GT         : '>';
ANDAND     : '&&';
CONCAT     : '++';
PLUS       : '+';
ARROW      : '->';
MINUS      : '-';
STAR       : '*';
SLASH      : '/';
PERCENT    : '%';
BANG       : '!';
ASSIGN     : '=';
RANGE      : '..';
DOT        : '.';
COMMA      : ',';
COLON      : ':';
QUESTION   : '?';
TILDE      : '~';
AT         : '@';
HASH       : '#';
APOSTROPHE : '\'';
LPAREN     : '(';
RPAREN     : ')';
LBRACE     : '{';
RBRACE     : '}';
LBRACK     : '[';
RBRACK     : ']';

INT    : [0-9] [0-9_]*;
STRING : '"' (ESCAPE | ~["\\\r\n])* '"';
ID     : [A-Za-z_] [A-Za-z0-9_]*;

fragment ESCAPE : '\\' ( [btnfrs"'\\] | [0-7] [0-7]? [0-7]? | 'u'+ [0-9A-Fa-f] [0-9A-Fa-f] [0-9A-Fa-f] [0-9A-Fa-f] );

LINE_COMMENT : '//' ~[\r\n]* -> skip;
WS           : [ \t\r\n\f]+ -> skip;

// Anything else is a token the parser will reject with a readable message, never a lexer crash.
UNKNOWN : . ;
