using GraphQL.Types;

namespace CeGraph.Api.GraphQL;

public sealed class CeGraphSchema : Schema
{
    public CeGraphSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation, Changes.SubscriptionGraphType subscription)
        : base(services)
    {
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
