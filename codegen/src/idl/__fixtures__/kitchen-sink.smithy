// Kitchen sink: every construct of the Smithy IDL in one semantically valid model.
// Only prelude traits are used, every target is defined, and every value fits its trait.
$version: "2.0"
$operationInputSuffix: "Request"
$operationOutputSuffix: "Response"
$unknownControl: { ignored: true } // unknown control statements are ignored

metadata suppressions = [
    {
        id: "UnstableTrait"
        namespace: "example.kitchen"
        reason: """
            A text block in metadata:
              indented line
            last line."""
    }
]
metadata "quoted.key" = { values: [0, 1, -2.5, 3e2, 1.0E-3, -4e+1, true, false, null], service: Kitchen, empty: {}, none: [] }

namespace example.kitchen

use smithy.api#Unit

/// The kitchen service.
///
///   Indented second paragraph.
@title("Kitchen Service")
@paginated(inputToken: "nextToken", outputToken: "nextToken", pageSize: "maxResults")
service Kitchen {
    version: "2024-01-01"
    operations: [Ping]
    resources: [Recipe]
    errors: [KitchenError]
}

/// Recipes of the kitchen.
resource Recipe {
    identifiers: { recipeId: RecipeId }
    read: GetRecipe
    list: ListRecipes
}

// ---- Simple shapes --------------------------------------------------------

@documentation("Escapes: \" \\ \/ \b \f \n \r \t \u00e9\u0041 and a line \
continuation, and 'single' quotes '.")
@sensitive
blob KitchenBlob

boolean KitchenBoolean

document KitchenDocument

@length(min: 1, max: 256)
@pattern("^[A-Za-z0-9_\\-]+$")
string KitchenString

byte KitchenByte

short KitchenShort

@range(min: -10, max: 10)
integer KitchenInteger

long KitchenLong

float KitchenFloat

@range(min: -1.5e1, max: 1E2)
double KitchenDouble

bigInteger KitchenBigInteger

bigDecimal KitchenBigDecimal

@timestampFormat("date-time")
timestamp KitchenTimestamp

@mixin
@length(min: 1, max: 64)
string NameMixin

/// A recipe id: a string with a mixin.
string RecipeId with [NameMixin]

// ---- Enums ------------------------------------------------------------------

/// Suits, some with explicit values.
enum Suit {
    /// Diamonds.
    @deprecated(message: "Use HEART.", since: "2024")
    DIAMOND = "diamond"

    CLUB = "club"
    HEART
    SPADE
}

intEnum Level {
    LOW = 1
    @tags(["middle"])
    MEDIUM = 2
    HIGH = 3
}

// ---- Collections ------------------------------------------------------------

@mixin
list NameListMixin {
    member: KitchenString
}

@length(max: 5)
list NameList with [NameListMixin] {
    /// Each name.
    $member
}

list RecipeList {
    member: RecipeDetails
}

// `set` is IDL 1.0 only; IDL 2.0 writes it as a list with @uniqueItems.
@uniqueItems
list IdSet {
    member: RecipeId
}

@length(max: 10)
map StringMap {
    @length(min: 1)
    key: String

    value: KitchenString
}

@mixin
map MapMixin {
    key: String
    value: KitchenInteger
}

map CountMap with [MapMixin] {}

// ---- Structures and unions --------------------------------------------------

@mixin
structure BaseMixin {
    /// Common id.
    @required
    id: String
}

@mixin
structure TimestampsMixin {
    createdAt: KitchenTimestamp
}

/// Details of a recipe.
@references([{ resource: Recipe }])
structure RecipeDetails with [BaseMixin, TimestampsMixin] {
    @required
    recipeId: RecipeId

    name: KitchenString, // commas are whitespace
    suit: Suit = "diamond"
    level: Level = 2
    flag: KitchenBoolean = false
    ratio: KitchenDouble = 0.5
    names: NameList = []
    counts: CountMap = {}
    ids: IdSet
    blob: KitchenBlob
    document: KitchenDocument
    byte: KitchenByte
    short: KitchenShort
    long: KitchenLong
    float: KitchenFloat
    bigInteger: KitchenBigInteger
    bigDecimal: KitchenBigDecimal
}

union Choice {
    text: String
    number: KitchenInteger
    details: RecipeDetails
    nothing: Unit
}

/// Input of Ping.
@input
structure PingInput with [BaseMixin] {
    /// The id, redeclared from the mixin.
    $id

    @required
    @httpLabel
    label: KitchenString

    @httpQuery("count")
    count: KitchenInteger = 0

    @httpHeader("X-Token")
    @idempotencyToken
    token: String

    tags: StringMap
    choice: Choice
}

@output
structure PingOutput {
    @required
    message: String = "pong"

    at: KitchenTimestamp
}

/// A client error.
@error("client")
@httpError(400)
structure KitchenError {
    message: String
}

@error("client")
@retryable(throttling: false)
structure NotFound {
    message: String
}

// ---- Operations ---------------------------------------------------------------

@mixin
operation OperationMixin {
    errors: [NotFound]
}

/// Checks that the kitchen is open.
@http(method: "POST", uri: "/ping/{label}", code: 200)
operation Ping with [OperationMixin] {
    input: PingInput
    output: PingOutput
}

@readonly
operation GetRecipe {
    input :=
        /// Input of GetRecipe.
        @tags(["inline"])
        for Recipe with [TimestampsMixin] {
            @required
            $recipeId
        }

    output := {
        @required
        recipe: RecipeDetails
    }

    errors: [NotFound]
}

@readonly
@paginated(items: "recipes")
operation ListRecipes {
    input := {
        nextToken: String
        maxResults: Integer
    }
    output := {
        nextToken: String

        @required
        recipes: RecipeList
    }
}

// ---- Apply --------------------------------------------------------------------

apply KitchenString @documentation("Applied documentation.")

apply PingOutput$message @documentation("""
    Applied member documentation
    in a text block.
    """)

apply Level {
    @documentation("Block apply.")
    @tags(["levels", "apply"])
}
