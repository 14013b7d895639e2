using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CeGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CeGraph.Api.Tests.Hardening.Fuzzing;

/// <summary>
/// 10,000 generated hostile requests (<see cref="HostileRequestGenerator"/>, fixed seed) against the real server on a loopback
/// socket, eight at a time: never a 5xx, never a hang (10 s per request), no internals in any body, nothing logged as an error,
/// and <c>/healthz</c> still answers afterwards. A failure names the request index; the generator rebuilds it from the seed.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    public const int Seed = 20261126;
    public const int RequestCount = 10_000;
    private const int Parallelism = 8;
    private static readonly TimeSpan PerRequest = TimeSpan.FromSeconds(10);
    private static readonly string[] Leaks = ["   at ", "System.", "Microsoft.", "SQLite Error", "CeGraph.Api", "StackTrace", "Exception"];

    [Fact]
    public async Task TenThousandHostileRequests_GetNo5xxNoHangAndLeaveTheServerHealthy()
    {
        using var factory = new HardeningFactory(TestKeys.AdminSetting);
        var baseAddress = factory.StartKestrel();
        var generator = new HostileRequestGenerator(Seed, TestKeys.Admin);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Parallelism, AllowAutoRedirect = false, UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = PerRequest };
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<string, int>();
        var next = -1;
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Parallelism).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < RequestCount && failures.Count < 20)
            {
                var request = generator.Create(index);
                var outcome = request.Raw is null ? await SendAsync(http, request) : await SendRawAsync(baseAddress, request);
                statuses.AddOrUpdate($"{request.Kind} {outcome.Status}", 1, (_, n) => n + 1);
                if (outcome.Failure is { } failure)
                {
                    failures.Enqueue($"{failure}\n    {request.Describe()}");
                }
            }
        })));

        output.WriteLine($"{Math.Min(next, RequestCount)} requests in {clock.Elapsed.TotalSeconds:0.0} s");
        foreach (var (key, count) in statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{count,6}  {key}");
        }

        Assert.True(failures.IsEmpty, string.Join("\n", failures));
        using var health = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var errors = factory.Logs.Errors.Where(e => !e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(5)));
    }

    private static async Task<Outcome> SendAsync(HttpClient http, HostileRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.PathAndQuery);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }

        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using var response = await http.SendAsync(message);
            var body = await response.Content.ReadAsStringAsync();
            return Judge((int)response.StatusCode, body);
        }
        catch (TaskCanceledException)
        {
            return new Outcome("hang", $"no answer within {PerRequest.TotalSeconds} s");
        }
        catch (HttpRequestException) when (request.MayDropConnection)
        {
            return new Outcome("dropped", null);
        }
        catch (HttpRequestException exception)
        {
            return new Outcome("transport-error", $"transport failure: {exception.Message} {exception.InnerException?.GetType().Name}: {exception.InnerException?.Message}");
        }
    }

    /// <summary>Writes the bytes, closes the sending side, and reads the status line; a closed connection without an answer is fine for broken HTTP.</summary>
    private static async Task<Outcome> SendRawAsync(Uri baseAddress, HostileRequest request)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(PerRequest);
        try
        {
            await client.ConnectAsync(baseAddress.Host, baseAddress.Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(request.Raw, timeout.Token);
            client.Client.Shutdown(SocketShutdown.Send);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            var text = await reader.ReadToEndAsync(timeout.Token);
            if (text.Length == 0)
            {
                return new Outcome("closed", null);
            }

            var status = text.Split(' ', 3) is [_, var code, ..] && int.TryParse(code, out var parsed) ? parsed : 0;
            return Judge(status, text);
        }
        catch (OperationCanceledException)
        {
            return new Outcome("hang", $"no answer within {PerRequest.TotalSeconds} s");
        }
        catch (IOException)
        {
            return new Outcome("reset", null);
        }
        catch (SocketException)
        {
            return new Outcome("reset", null);
        }
    }

    private static Outcome Judge(int status, string body)
    {
        if (status is >= 500 or 0)
        {
            return new Outcome(status.ToString(System.Globalization.CultureInfo.InvariantCulture), $"status {status}: {Truncate(body)}");
        }

        foreach (var leak in Leaks)
        {
            if (body.Contains(leak, StringComparison.Ordinal))
            {
                return new Outcome("leak", $"status {status} body contains '{leak}': {Truncate(body)}");
            }
        }

        return new Outcome(status.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
    }

    private static string Truncate(string text) => text.Length <= 800 ? text : text[..800];

    private sealed record Outcome(string Status, string? Failure);
}
