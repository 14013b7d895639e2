using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace CeGraph.Api.Hardening;

/// <summary>
/// The largest list each introspection field can return in this schema (types, directives, the most fields of one type,
/// the most arguments of one field, …): introspection is costed by what the schema really holds. Computed once per schema.
/// </summary>
public sealed class IntrospectionListSizes
{
    private static readonly ConditionalWeakTable<ISchema, IntrospectionListSizes> BySchema = [];

    private readonly Dictionary<string, int> sizes;

    private IntrospectionListSizes(ISchema schema)
    {
        var types = schema.AllTypes.ToList();
        var fields = types.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType).SelectMany(t => t.Fields).ToList();
        var directives = schema.Directives.ToList();
        var arguments = fields.Select(f => f.Arguments?.Count ?? 0).Concat(directives.Select(d => d.Arguments?.Count ?? 0));
        sizes = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["__Schema.types"] = types.Count,
            ["__Schema.directives"] = directives.Count,
            ["__Type.fields"] = MaxOrOne(types.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType).Select(t => t.Fields.Count)),
            ["__Type.inputFields"] = MaxOrOne(types.OfType<IInputObjectGraphType>().Select(t => t.Fields.Count)),
            ["__Type.enumValues"] = MaxOrOne(types.OfType<EnumerationGraphType>().Select(t => t.Values.Count)),
            ["__Type.interfaces"] = MaxOrOne(types.OfType<IImplementInterfaces>().Select(t => t.ResolvedInterfaces.Count)),
            ["__Type.possibleTypes"] = MaxOrOne(types.OfType<IAbstractGraphType>().Select(t => t.PossibleTypes.Count)),
            ["__Field.args"] = MaxOrOne(arguments),
            ["__Directive.args"] = MaxOrOne(directives.Select(d => d.Arguments?.Count ?? 0)),
            ["__Directive.locations"] = MaxOrOne(directives.Select(d => d.Locations.Count)),
        };
    }

    public static IntrospectionListSizes Of(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return BySchema.GetValue(schema, s => new IntrospectionListSizes(s));
    }

    public double? For(string typeName, string fieldName) =>
        sizes.TryGetValue($"{typeName}.{fieldName}", out var size) ? size : null;

    private static int MaxOrOne(IEnumerable<int> counts) => Math.Max(1, counts.DefaultIfEmpty(1).Max());
}
