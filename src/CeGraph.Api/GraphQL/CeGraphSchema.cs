using CeGraph.Api.GraphQL.Introspection;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL;

public sealed class CeGraphSchema : Schema
{
    public CeGraphSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation, Changes.SubscriptionGraphType subscription)
        : base(services)
    {
        // The October 2021 spec's introspection, as graphql-js's getIntrospectionQuery asks for it with every option on
        // (and so Python gql, graphql-codegen, GraphiQL): `isRepeatable` on __Directive (added by RepeatableDirectives,
        // hidden by GraphQL.NET's default filter), `includeDeprecated` on args/inputFields with `isDeprecated` and
        // `deprecationReason` on __InputValue (DeprecationOfInputValues), and `__Type.specifiedByURL` (missing in
        // GraphQL.NET 8). The schema's `description` is always there. AppliedDirectives (`appliedDirectives` fields) is
        // GraphQL.NET's own experiment that no standard client asks for, so it stays off.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Filter = new SpecIntrospectionSchemaFilter();
        RegisterVisitor(new SpecIntrospectionFields());
        Description = "CeGraph: ARRT content outlines, CE activities and their credit distributions, and requirement checks.";
        Query = query;
        Mutation = mutation.Fields.Count > 0 ? mutation : null;
        Subscription = subscription;

        // UserError's concrete types are reached only through the interface, so they are registered here.
        foreach (var errorType in typeof(CeGraphSchema).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && IsUserErrorGraphType(t))
                     .OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            RegisterType(errorType);
        }
    }

    private static bool IsUserErrorGraphType(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(Common.UserErrorGraphType<>))
            {
                return true;
            }
        }

        return false;
    }
}
