using CeGraph.Api.Data;
using GraphQL.Execution;

namespace CeGraph.Api.Hardening;

/// <summary>
/// GraphQL.NET's <c>UnhandledExceptionDelegate</c>: logs a resolver's unexpected exception at Error with the correlation id
/// that the response carries (<c>extensions.correlationId</c>, <c>X-Correlation-Id</c>). Cancellations are not failures, and a
/// database that stayed busy past its timeout is a Warning (the client is told to retry).
/// </summary>
public sealed class UnhandledErrorLogger(IHttpContextAccessor httpContextAccessor, ILogger<UnhandledErrorLogger> logger)
{
    public Task LogAsync(UnhandledExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var correlationId = httpContextAccessor.HttpContext is { } http ? CorrelationId.Of(http) : "none";
        var field = context.FieldContext?.FieldDefinition.Name ?? "(operation)";
        if (context.OriginalException is OperationCanceledException)
        {
            logger.LogDebug("GraphQL field {Field} was cancelled (correlation id {CorrelationId}).", field, correlationId);
        }
        else if (TransientDatabaseFailure.Is(context.OriginalException))
        {
            logger.LogWarning(context.OriginalException, "GraphQL field {Field} gave up on a busy database (correlation id {CorrelationId}).", field, correlationId);
        }
        else
        {
            logger.LogError(context.OriginalException, "GraphQL field {Field} failed unexpectedly (correlation id {CorrelationId}).", field, correlationId);
        }

        return Task.CompletedTask;
    }
}
