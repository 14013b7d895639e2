using GraphQLParser.AST;

namespace CeGraph.Api.GraphQL.Execution;

/// <summary>
/// A document that parsed and passed every rule once. <see cref="CostDependsOnVariables"/> is false when its cost and depth
/// are the same whatever the variables (no variable sizes a list or decides a <c>@skip</c>/<c>@include</c>): then the cost
/// needs no recomputing either.
/// </summary>
public sealed record CachedDocument(GraphQLDocument Document, bool CostDependsOnVariables)
{
    /// <summary>The arguments whose values size a list in the cost model (Hardening/QueryCostPolicy, Hardening/ListSizes).</summary>
    private static readonly HashSet<string> ListSizeArguments = new(StringComparer.Ordinal) { "first", "last", "ids" };

    public static CachedDocument Of(GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // With several operations the cost depends on which one runs, so it is measured every time.
        var operations = document.Definitions.Count(d => d is GraphQLOperationDefinition);
        return new CachedDocument(document, operations != 1 || SizedByVariables(document));
    }

    private static bool SizedByVariables(ASTNode node) => node switch
    {
        GraphQLDirective directive => directive.Arguments is { } arguments && UsesVariable(arguments),
        GraphQLArgument argument => ListSizeArguments.Contains(argument.Name.StringValue) && UsesVariable(argument.Value),
        GraphQLVariableDefinition => false, // a default value is not a use
        _ => Children(node).Any(SizedByVariables),
    };

    private static bool UsesVariable(ASTNode node) => node is GraphQLVariable || Children(node).Any(UsesVariable);

    private static IEnumerable<ASTNode> Children(ASTNode node) => node switch
    {
        GraphQLDocument document => document.Definitions,
        GraphQLOperationDefinition operation => [.. operation.Directives?.Items ?? [], operation.SelectionSet],
        GraphQLFragmentDefinition fragment => [.. fragment.Directives?.Items ?? [], fragment.SelectionSet],
        GraphQLSelectionSet set => set.Selections,
        GraphQLField field => [.. field.Arguments?.Items ?? [], .. field.Directives?.Items ?? [], .. Optional(field.SelectionSet)],
        GraphQLFragmentSpread spread => spread.Directives?.Items ?? [],
        GraphQLInlineFragment inline => [.. inline.Directives?.Items ?? [], inline.SelectionSet],
        GraphQLArguments arguments => arguments.Items,
        GraphQLArgument argument => [argument.Value],
        GraphQLListValue list => list.Values ?? [],
        GraphQLObjectValue value => value.Fields?.Select(f => (ASTNode)f.Value) ?? [],
        _ => [],
    };

    private static IEnumerable<ASTNode> Optional(ASTNode? node) => node is null ? [] : [node];
}
