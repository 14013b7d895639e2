using CeGraph.Api.GraphQL;
using CeGraph.Api.Hardening;
using CeGraph.Api.Hosting.Http.AutomaticPersistedQueries;
using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hosting.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: GET and POST, Accept negotiation, spec status codes, the GraphiQL page for
/// browser navigations, and <c>?sdl</c>. Bad input never becomes a 500, and a client that goes away is not an error.
/// </summary>
public sealed class GraphQLHttpHandler(
    IDocumentExecuter<CeGraphSchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLLimits> limits,
    AutomaticPersistedQueryStore automaticPersistedQueries,
    ILogger<GraphQLHttpHandler> logger)
{
    private static readonly IValidationRule[] GetValidationRules = [.. DocumentValidator.CoreRules, HttpGetQueryOnlyRule.Instance];

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        try
        {
            await DispatchAsync(http);
        }
        catch (Exception) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away (cancel, abort, timeout): there is nobody to answer and nothing went wrong here.
            logger.LogDebug("GraphQL request {TraceId} was aborted by the client.", http.TraceIdentifier);
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel refused the body (too large, truncated, bad framing): the client's fault, not ours.
            http.Response.OnStarting(() =>
            {
                http.Response.Headers.Connection = "close";
                return Task.CompletedTask;
            });
            await TryWriteErrorAsync(http, exception.StatusCode, new ExecutionError(exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? PostRequestReader.BodyTooLarge(limits.Value.MaxRequestBodyBytes)
                : "The request body could not be read."));
        }
#pragma warning disable CA1031 // Last-resort boundary: any other failure becomes a logged, generic 500 without details.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "GraphQL request failed unexpectedly (correlation id {CorrelationId}).", http.TraceIdentifier);
            await TryWriteErrorAsync(http, StatusCodes.Status500InternalServerError, new UnexpectedError(http.TraceIdentifier));
        }
    }

    private Task DispatchAsync(HttpContext http)
    {
        var method = http.Request.Method;
        if (HttpMethods.IsGet(method))
        {
            return GetAsync(http);
        }

        return HttpMethods.IsPost(method)
            ? PostAsync(http)
            : GraphQLResponseWriter.WriteMethodNotAllowedAsync(http, serializer);
    }

    private async Task GetAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.Query.ContainsKey("sdl"))
        {
            await SchemaSdl.WriteAsync(http, limits.Value.EnableIntrospection);
            return;
        }

        if (!request.Query.ContainsKey("query") && GraphQLMediaTypes.AcceptsHtml(request.Headers.Accept))
        {
            await GraphiQLPage.WriteAsync(http);
            return;
        }

        var format = GraphQLMediaTypes.Negotiate(request.Headers.Accept);
        if (format == GraphQLResponseFormat.None)
        {
            await WriteNotAcceptableAsync(http);
            return;
        }

        await ExecuteAsync(http, GetRequestReader.Read(request.Query, serializer), format, GetValidationRules);
    }

    private async Task PostAsync(HttpContext http)
    {
        var format = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);
        if (format == GraphQLResponseFormat.None)
        {
            CloseIfBodyMayBeLarge(http);
            await WriteNotAcceptableAsync(http);
            return;
        }

        var parsed = await PostRequestReader.ReadAsync(http.Request, serializer, limits.Value.MaxRequestBodyBytes, http.RequestAborted);
        await ExecuteAsync(http, parsed, format, validationRules: null);
    }

    private async Task ExecuteAsync(HttpContext http, ParsedRequest parsed, GraphQLResponseFormat format, IEnumerable<IValidationRule>? validationRules)
    {
        if (parsed.Request is null)
        {
            if (parsed.StatusCode is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType)
            {
                CloseIfBodyMayBeLarge(http);
            }

            await GraphQLResponseWriter.WriteErrorAsync(http, serializer, parsed.StatusCode, parsed.Error ?? PostRequestReader.MalformedBody, format);
            return;
        }

        var resolution = automaticPersistedQueries.Resolve(parsed.Request);
        if (resolution.Request is not { } request)
        {
            await GraphQLResponseWriter.WriteErrorAsync(http, serializer, resolution.StatusCode, resolution.Error!, format);
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ValidationRules = validationRules,
        });
        if (resolution.HashToRemember is { } hash && result.Executed)
        {
            automaticPersistedQueries.Remember(hash, request.Query!);
        }

        await GraphQLResponseWriter.WriteResultAsync(http, serializer, result, format);
    }

    /// <summary>
    /// Answering before the body was read: Kestrel then drains the body to reuse the connection, and gives up (closing it)
    /// past the size limit, while a client that got this answer in a keep-alive response reuses the connection and fails.
    /// <c>Connection: close</c> tells the client up front, unless the body is declared small enough to drain.
    /// </summary>
    private void CloseIfBodyMayBeLarge(HttpContext http)
    {
        if (!(http.Request.ContentLength <= limits.Value.MaxRequestBodyBytes))
        {
            http.Response.Headers.Connection = "close";
        }
    }

    private Task WriteNotAcceptableAsync(HttpContext http) =>
        GraphQLResponseWriter.WriteErrorAsync(
            http,
            serializer,
            StatusCodes.Status406NotAcceptable,
            $"Accept must allow '{GraphQLMediaTypes.GraphQLResponseJson}' or '{GraphQLMediaTypes.Json}' (UTF-8).");

    private async Task TryWriteErrorAsync(HttpContext http, int statusCode, ExecutionError error)
    {
        if (http.Response.HasStarted)
        {
            return;
        }

        http.Response.Clear();
        await GraphQLResponseWriter.WriteErrorAsync(http, serializer, statusCode, error);
    }
}
