using CeGraph.Api.Security;
using CeGraph.Domain;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hardening.PersistedOperations;

/// <summary>
/// With <see cref="GraphQLLimits.TrustedDocumentsOnlyForPartners"/> on, a PARTNER key may run persisted operations only:
/// by <c>documentId</c>, or by sending exactly the text of one. Every other caller keeps sending arbitrary documents.
/// </summary>
public sealed class TrustedDocumentsForPartners(IOptions<GraphQLLimits> limits, PersistedOperationStore store) : IConfigureExecution
{
    public const string ErrorCode = "PERSISTED_OPERATION_REQUIRED";

    /// <summary>Before persisted documents (200) are looked up.</summary>
    public float SortOrder => 150;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (!limits.Value.TrustedDocumentsOnlyForPartners || options.DocumentId is not null || options.Query is not { } query)
        {
            return next(options);
        }

        var caller = options.RequestServices?.GetService<CallerAccessor>()?.Caller;
        if (caller?.Role != ApiRole.Partner || store.ContainsText(query))
        {
            return next(options);
        }

        return Task.FromResult(new ExecutionResult(new ExecutionError(
            "PARTNER keys may run persisted operations only: send {\"documentId\":\"sha256:<hex>\"} for one of the published operations.")
        {
            Code = ErrorCode,
        }));
    }
}
