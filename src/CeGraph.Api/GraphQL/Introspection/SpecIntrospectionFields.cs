using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace CeGraph.Api.GraphQL.Introspection;

/// <summary>
/// Adds the two parts of the spec's introspection that GraphQL.NET 8.8.5 lacks and graphql-js asks for:
/// <c>__Type.specifiedByURL</c> (<c>specifiedByUrl</c> option: a custom scalar's specification URL, null for every other
/// type; a scalar states one by setting <see cref="SpecifiedByUrlMetadataKey"/> in its metadata, none of CeGraph's does)
/// and <c>__Directive.args(includeDeprecated:)</c> (<c>inputValueDeprecation</c> option; deprecated directive arguments
/// are left out unless it is true, as for field arguments).
/// </summary>
public sealed class SpecIntrospectionFields : BaseSchemaNodeVisitor
{
    public const string SpecifiedByUrl = "specifiedByURL";
    public const string SpecifiedByUrlMetadataKey = "specifiedByURL";
    public const string IncludeDeprecated = "includeDeprecated";

    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(schema);
        if (type.Name == "__Type" && !type.HasField(SpecifiedByUrl))
        {
            type.AddField(new FieldType
            {
                Name = SpecifiedByUrl,
                Description = "`specifiedByURL` may return a String (in the form of a URL) for custom scalars, otherwise it will return `null`.",
                Type = typeof(StringGraphType),
                ResolvedType = schema.AllTypes["String"],
                Resolver = new FuncFieldResolver<object?>(context =>
                    context.Source is ScalarGraphType scalar ? scalar.GetMetadata<string?>(SpecifiedByUrlMetadataKey) : null),
            });
        }

        if (type.Name == "__Directive" && type.GetField("args") is { } args && args.Arguments?.Find(IncludeDeprecated) is null)
        {
            args.Arguments ??= [];
            args.Arguments.Add(new QueryArgument(typeof(BooleanGraphType))
            {
                Name = IncludeDeprecated,
                DefaultValue = false,
                ResolvedType = schema.AllTypes["Boolean"],
            });
            var listAll = args.Resolver ?? throw new InvalidOperationException("__Directive.args has no resolver.");
            args.Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var all = await listAll.ResolveAsync(context).ConfigureAwait(false);
                return context.GetArgument<bool>(IncludeDeprecated) || all is not IEnumerable<QueryArgument> arguments
                    ? all
                    : arguments.Where(a => a.DeprecationReason is null).ToList();
            });
        }
    }
}
