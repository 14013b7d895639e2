using System.Net;
using CeGraph.Api.Hardening.PersistedOperations;
using CeGraph.Api.Hosting.Http.AutomaticPersistedQueries;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CeGraph.Api.Tests.Hardening.Refusals;
using static CeGraph.Api.Tests.Http.AutomaticPersistedQueryTests;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// With <c>GraphQL:TrustedDocumentsOnlyForPartners</c> on, automatic persisted queries are no way around it: a PARTNER's
/// unknown document stays refused whether it comes as text with its hash or as a hash another caller registered, while
/// the published operations work by their hash (Apollo's link sends exactly that).
/// </summary>
public sealed class AutomaticPersistedQueriesInTrustedModeTests(PersistedOperationsTests.TrustedForPartners factory)
    : IClassFixture<PersistedOperationsTests.TrustedForPartners>
{
    [Fact]
    public async Task Partner_UnpublishedDocumentViaApqRegisteredByAnotherCaller_CannotRunIt()
    {
        using var graphql = factory.CreateGraphQLClient();
        var partner = await TestKeys.CreateAsync(graphql, "PARTNER");
        using var client = factory.CreateClient();
        var query = "{ disciplines { code name } }";

        AssertRefused(await PostAsync(client, query, Hash(query), apiKey: partner), HttpStatusCode.BadRequest, TrustedDocumentsForPartners.ErrorCode);
        AssertRefused(await PostAsync(client, null, Hash(query), apiKey: partner), HttpStatusCode.OK, AutomaticPersistedQueryStore.NotFoundCode);

        AssertData(await PostAsync(client, query, Hash(query))); // anonymous: registered
        AssertRefused(await PostAsync(client, null, Hash(query), apiKey: partner), HttpStatusCode.BadRequest, TrustedDocumentsForPartners.ErrorCode);
    }

    [Fact]
    public async Task Partner_RunsAPublishedOperationByItsHash()
    {
        using var graphql = factory.CreateGraphQLClient();
        var partner = await TestKeys.CreateAsync(graphql, "PARTNER");
        using var client = factory.CreateClient();
        var operation = factory.Services.GetRequiredService<PersistedOperationStore>().Operations.Single(o => o.Name == "DisciplineRequirements");

        var response = await PostAsync(client, null, operation.Hash, apiKey: partner);

        AssertData(response);
        Assert.NotEmpty(response.Json!["data"]!["disciplines"]!.AsArray());
    }
}
