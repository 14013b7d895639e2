using System.Net;
using System.Net.Http.Json;
using CeGraph.Api.GraphQL;
using CeGraph.Api.Hardening.PersistedOperations;
using CeGraph.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using static CeGraph.Api.Tests.Hardening.Refusals;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// Persisted operations: sent as <c>{"documentId":"sha256:…"}</c> over POST or GET; with
/// <c>GraphQL:TrustedDocumentsOnlyForPartners</c> on, PARTNER keys may run nothing else while other callers still may.
/// </summary>
public sealed class PersistedOperationsTests(PersistedOperationsTests.TrustedForPartners factory) : IClassFixture<PersistedOperationsTests.TrustedForPartners>
{
    private const string ArbitraryQuery = "{ disciplines { code } }";

    private PersistedOperationStore Store => factory.Services.GetRequiredService<PersistedOperationStore>();

    private PersistedOperation Operation(string name) => Store.Operations.Single(o => o.Name == name);

    [Fact]
    public void ShippedOperations_AreLoadedAndKeyedByTheSha256OfTheirText()
    {
        Assert.Contains(Store.Operations, o => o.Name == "EvaluateRequirement");
        Assert.All(Store.Operations, o => Assert.Equal(PersistedOperationStore.HashOf(File.ReadAllText(Path.Combine(Store.Folder, o.Name + ".graphql"))), o.Hash));
    }

    [Fact]
    public async Task EveryShippedOperation_IsValidAgainstTheSchema()
    {
        using var scope = factory.Services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<CeGraphSchema>>();
        foreach (var operation in Store.Operations)
        {
            // Validation only: variables are left out, so execution stops at variable coercion or runs harmless reads.
            var result = await executer.ExecuteAsync(new ExecutionOptions { Query = operation.Text, RequestServices = scope.ServiceProvider });
            var invalid = result.Errors?.OfType<ValidationError>().Where(e => e is not InvalidVariableError).ToList() ?? [];
            Assert.True(invalid.Count == 0, $"{operation.Name}: {string.Join("; ", invalid.Select(e => e.Message))}");
        }
    }

    [Fact]
    public async Task AnonymousCallers_RunAPersistedQueryByDocumentIdOverPostAndGet()
    {
        using var client = factory.CreateClient();
        var id = Operation("DisciplineRequirements").DocumentId;

        using var post = await client.PostAsJsonAsync("/graphql", new { documentId = id });
        using var get = await client.GetAsync($"/graphql?documentId={Uri.EscapeDataString(id)}");

        foreach (var response in new[] { post, get })
        {
            var body = await GraphQLResponse.ReadAsync(response);
            AssertData(body);
            Assert.NotEmpty(body.Json!["data"]!["disciplines"]!.AsArray());
        }
    }

    [Fact]
    public async Task PersistedMutation_IsRefusedOverGetWith405()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/graphql?documentId={Uri.EscapeDataString(Operation("EvaluateRequirement").DocumentId)}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task UnknownOrMalformedDocumentId_IsA400()
    {
        using var client = factory.CreateClient();

        using var unknown = await client.PostAsJsonAsync("/graphql", new { documentId = "sha256:" + new string('0', 64) });
        using var malformed = await client.PostAsJsonAsync("/graphql", new { documentId = "sha256:not-hex" });
        using var both = await client.PostAsJsonAsync("/graphql", new { documentId = Operation("DisciplineRequirements").DocumentId, query = ArbitraryQuery });

        AssertRefused(await GraphQLResponse.ReadAsync(unknown), HttpStatusCode.BadRequest, "DOCUMENT_NOT_FOUND");
        AssertRefused(await GraphQLResponse.ReadAsync(malformed), HttpStatusCode.BadRequest, "DOCUMENT_ID_INVALID");
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
    }

    [Fact]
    public async Task PartnerKey_RunsPersistedOperationsOnly()
    {
        using var client = factory.CreateGraphQLClient();
        var facts = await CatalogFacts.ReadAsync(client);
        client.ApiKey = await TestKeys.CreateAsync(client, "PARTNER");

        AssertRefused(await client.PostAsync(ArbitraryQuery), HttpStatusCode.BadRequest, TrustedDocumentsForPartners.ErrorCode);

        var evaluation = await PostDocumentAsync(client, Operation("EvaluateRequirement").DocumentId, new
        {
            input = new { requirementId = facts.RequirementId, completions = new[] { new { activityCode = "SAMPLE-0001", completedOn = "2025-01-15" } } },
        });
        AssertData(evaluation);
        var checkId = evaluation.Json!["data"]!["evaluateRequirement"]!["check"]!["id"]!.GetValue<string>();

        // The exact text of a persisted operation counts as that operation.
        var readBack = await client.PostAsync(Operation("FulfillmentCheck").Text, new { id = checkId });
        AssertData(readBack);
        Assert.Equal(checkId, readBack.Json!["data"]!["fulfillmentCheck"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task OtherCallers_KeepSendingArbitraryDocuments()
    {
        using var client = factory.CreateGraphQLClient();
        AssertData(await client.PostAsync(ArbitraryQuery));
        foreach (var role in new[] { "REVIEWER", "ADMIN" })
        {
            client.ApiKey = await TestKeys.CreateAsync(client, role);
            AssertData(await client.PostAsync(ArbitraryQuery));
        }
    }

    [Fact]
    public async Task PartnerKey_WithoutTheSetting_MaySendArbitraryDocuments()
    {
        using var open = new HardeningFactory(TestKeys.AdminSetting);
        using var client = open.CreateGraphQLClient();
        client.ApiKey = await TestKeys.CreateAsync(client, "PARTNER");

        AssertData(await client.PostAsync(ArbitraryQuery));
    }

    private static async Task<GraphQLResponse> PostDocumentAsync(GraphQLClient client, string documentId, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { documentId, variables }) };
        request.Headers.Authorization = new("Bearer", client.ApiKey);
        using var response = await client.Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    public sealed class TrustedForPartners() : HardeningFactory(TestKeys.AdminSetting, ("GraphQL:TrustedDocumentsOnlyForPartners", "true"));
}
