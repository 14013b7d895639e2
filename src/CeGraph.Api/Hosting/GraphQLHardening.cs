using CeGraph.Api.Hardening;
using CeGraph.Api.Hardening.PersistedOperations;
using CeGraph.Api.Hosting.Http.AutomaticPersistedQueries;
using GraphQL;
using GraphQL.DI;
using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hosting;

/// <summary>Everything that keeps one GraphQL request from hurting the server or revealing its insides, in one place.</summary>
public static class GraphQLHardening
{
    /// <summary>Binds <see cref="GraphQLLimits"/> (section <c>GraphQL</c>) and registers the services the builder part uses.</summary>
    public static IServiceCollection AddCeGraphGraphQLLimits(this IServiceCollection services)
    {
        services.AddOptions<GraphQLLimits>().BindConfiguration(GraphQLLimits.SectionName);
        services.AddHttpContextAccessor();
        services.AddSingleton<UnhandledErrorLogger>();
        services.AddSingleton<PersistedOperationStore>();
        services.AddSingleton<IPersistedDocumentLoader>(sp => sp.GetRequiredService<PersistedOperationStore>());
        services.AddSingleton<AutomaticPersistedQueryStore>(); // the HTTP layer's APQ (Hosting/Http/AutomaticPersistedQueries)
        return services;
    }

    /// <summary>
    /// Validation limits (introspection switch, aliases, root fields, list sizes, depth and cost), the pre-parse document
    /// length check, the pre-validation expanded-size check, persisted operations (and the PARTNER-only-trusted rule), the execution timeout, the safe error
    /// formatter with logging of unexpected failures, and the OpenTelemetry span per operation.
    /// </summary>
    public static IGraphQLBuilder AddCeGraphLimits(this IGraphQLBuilder builder) => builder
        .AddValidationRule<IntrospectionSwitchRule>()
        .AddValidationRule<MaxAliasesRule>()
        .AddValidationRule<MaxRootFieldsRule>()
        .AddValidationRule<MaxListItemsRule>()
        .AddValidationRule<NulCharacterRule>()
        .AddValidationRule<QueryCostRule>()
        .ConfigureExecution<DocumentLengthLimit>()
        .ConfigureExecution<TrustedDocumentsForPartners>()
        .ConfigureExecution<LineBreakNormalizer>()
        .ConfigureExecution<ExpandedFieldsLimit>()
        .UsePersistedDocuments(options => options.AllowOnlyPersistedDocuments = false)
        .ConfigureExecutionOptions(options =>
        {
            var services = options.RequestServices ?? throw new InvalidOperationException("GraphQL requests run with request services.");
            options.Timeout = services.GetRequiredService<IOptions<GraphQLLimits>>().Value.ExecutionTimeout;
            options.UnhandledExceptionDelegate = services.GetRequiredService<UnhandledErrorLogger>().LogAsync;
        })
        .UseTelemetry()
        .AddErrorInfoProvider<SafeErrorInfoProvider>();
}
