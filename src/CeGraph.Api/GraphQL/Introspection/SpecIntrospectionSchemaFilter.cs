using GraphQL.Introspection;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Introspection;

/// <summary>
/// GraphQL.NET's default filter, except that <c>__Directive.isRepeatable</c> is shown: it has been in the spec since
/// October 2021, and graphql-js asks for it (<c>directiveIsRepeatable</c>). GraphQL.NET still hides it by default as if it
/// were experimental, next to <c>appliedDirectives</c>, which stays hidden (and is not even added: that switch is off).
/// </summary>
public sealed class SpecIntrospectionSchemaFilter : DefaultSchemaFilter
{
    public override Task<bool> AllowField(IGraphType parent, IFieldType field)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(field);
        return parent.Name == "__Directive" && field.Name == "isRepeatable" ? Task.FromResult(true) : base.AllowField(parent, field);
    }
}
