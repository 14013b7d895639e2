using CeGraph.Api.Data.Entities;
using CeGraph.Api.Feed;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using GraphQL;

namespace CeGraph.Api.GraphQL.Changes;

/// <summary>Reads the filter arguments that <c>catalogChanges</c> (in <c>where</c>) and <c>catalogChanged</c> (top level) share.</summary>
public static class CatalogChangeArguments
{
    public static CatalogChangeSelection Selection(IResolveFieldContext context, IDictionary<string, object?>? filter)
    {
        ArgumentNullException.ThrowIfNull(context);
        filter ??= new Dictionary<string, object?>();
        var caller = context.Caller();
        var kinds = List<CatalogChangeKind>(filter, "kinds");
        var disciplineCodes = List<string>(filter, "disciplineCodes");
        var sponsorCodes = List<string>(filter, "sponsorCodes");
        if (!CatalogChangeSelection.WithinCodeLimit(disciplineCodes, sponsorCodes))
        {
            throw new UserInputError(CatalogChangeSelection.TooManyCodes);
        }

        return CatalogChangeSelection.For(caller, kinds, disciplineCodes, sponsorCodes);
    }

    private static List<T>? List<T>(IDictionary<string, object?> filter, string name) =>
        filter.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? [.. items.OfType<T>()] : null;
}
