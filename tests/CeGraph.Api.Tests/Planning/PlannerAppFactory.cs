using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Planning;

/// <summary>The app over the seeded sample catalog, with a bootstrap ADMIN key and, made once through <c>createApiKey</c>, a PARTNER key.</summary>
public sealed class PlannerAppFactory : CeGraphAppFactory
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _partnerKey;

    /// <summary>A client authenticated with the PARTNER key.</summary>
    public async Task<GraphQLClient> PartnerAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_partnerKey is null)
            {
                using var admin = CreateGraphQLClient();
                _partnerKey = await TestKeys.CreateAsync(admin, "PARTNER");
            }
        }
        finally
        {
            _gate.Release();
        }

        var client = CreateGraphQLClient();
        client.ApiKey = _partnerKey;
        return client;
    }

    /// <summary>The global id of the seeded CT structured-education requirement.</summary>
    public async Task<string> CtStructuredEducationIdAsync()
    {
        using var client = CreateGraphQLClient();
        var data = await client.DataAsync("{ discipline(code: \"CT\") { requirements { id kind } } }");
        return data["discipline"]!["requirements"]!.AsArray().Single(r => r!["kind"]!.GetValue<string>() == "STRUCTURED_EDUCATION")!["id"]!.GetValue<string>();
    }

    /// <summary>The CT CQR subcategories with the most sample credits, most first.</summary>
    public async Task<string[]> BestCoveredCqrSubcategoriesAsync(int count)
    {
        using var client = CreateGraphQLClient();
        var data = await client.DataAsync("{ coverage(disciplineCode: \"CT\", kind: CQR_SSA) { categories { category { code level } credits } } }");
        return [.. data["coverage"]!["categories"]!.AsArray()
            .Where(c => c!["category"]!["level"]!.GetValue<int>() == 2)
            .OrderByDescending(c => c!["credits"]!.GetValue<decimal>())
            .ThenBy(c => c!["category"]!["code"]!.GetValue<string>(), StringComparer.Ordinal)
            .Take(count)
            .Select(c => c!["category"]!["code"]!.GetValue<string>())];
    }

    protected override void ConfigureSettings(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings[TestKeys.AdminSetting.Key] = TestKeys.AdminSetting.Value;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }
}
