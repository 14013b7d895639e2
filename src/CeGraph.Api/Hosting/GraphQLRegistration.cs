using System.Text.Encodings.Web;
using CeGraph.Api.Data;
using CeGraph.Api.GraphQL;
using CeGraph.Api.GraphQL.Activities;
using CeGraph.Api.GraphQL.ApiKeys;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Distributions;
using CeGraph.Api.GraphQL.Execution;
using CeGraph.Api.GraphQL.Outlines;
using CeGraph.Api.GraphQL.Requirements;
using CeGraph.Api.Security;
using GraphQL;

namespace CeGraph.Api.Hosting;

public static class GraphQLRegistration
{
    public static IServiceCollection AddCeGraphGraphQL(this IServiceCollection services)
    {
        services.AddSingleton<global::GraphQL.Types.DecimalGraphType, ExactDecimalGraphType>();
        services.AddSingleton<ValidatedDocumentCache>();
        services.AddScoped<RequestReads>();
        services.AddScoped<CatalogLoaders>();
        services.AddSingleton<OutlineCache>();
        services.AddSingleton<CreditPolicy>();
        services.AddSingleton<SubmitActivityHandler>();
        services.AddSingleton<RejectActivityHandler>();
        services.AddSingleton<AssignCreditDistributionHandler>();
        services.AddSingleton<ApiKeyHandlers>();
        services.AddSingleton<PrescriptionBuilder>();
        services.AddSingleton<RequirementResolver>();
        services.AddSingleton<IssueCqrPrescriptionHandler>();
        services.AddSingleton<EvaluateRequirementHandler>();
        services.AddSingleton<INodeResolver, ActivityNodeResolver>();
        services.AddSingleton<INodeResolver, DistributionNodeResolver>();
        services.AddSingleton<INodeResolver, RequirementNodeResolver>();
        services.AddSingleton<INodeResolver, FulfillmentCheckNodeResolver>();
        services.AddSingleton<ActivityConnectionResolver>();
        services.AddSingleton<ActivityCountCache>();
        foreach (var resolver in CatalogNodeResolver.All())
        {
            services.AddSingleton(resolver);
        }

        services.Scan<IQueryFields>();
        services.Scan<IMutationFields>();
        services.AddGraphQL(b => b
            .AddSystemTextJson(json =>
            {
                json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
                json.Converters.Add(new ExactNumberInputsConverter()); // before the stock one: numbers in variables stay exact
            })
            .AddSchema<CeGraphSchema>()
            .AddGraphTypes(typeof(CeGraphSchema).Assembly)
            .AddValidationRule<InvalidApiKeyValidationRule>()
            .AddValidationRule<FeedTransport.FeedTransportRule>()
            .ConfigureExecution(sp => sp.GetRequiredService<ValidatedDocumentCache>())); // parsed, spec-validated documents reused by text
        // Limits, persisted operations, timeout, safe errors and telemetry are hardening's: Hosting/HardeningRegistration.cs.
        return services;
    }

    /// <summary>Registers every concrete implementation of <typeparamref name="T"/> in this assembly as a singleton.</summary>
    private static void Scan<T>(this IServiceCollection services)
        where T : class
    {
        foreach (var type in typeof(T).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(T).IsAssignableFrom(t))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            services.AddSingleton(typeof(T), type);
        }
    }
}
