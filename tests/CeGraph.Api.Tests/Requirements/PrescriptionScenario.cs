using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Requirements;

/// <summary>
/// An empty catalog with one sponsor and activities B1–B5 distributed on the CT CQR outline (or deliberately not), plus keys:
/// two partners, two reviewers, a sponsor. Built once per test class.
/// </summary>
public sealed class PrescriptionScenario : EmptyCatalogTestApp, IAsyncLifetime
{
    public const string Sponsor = "RX-CE";

    public string PartnerKey { get; private set; } = "";

    public string OtherPartnerKey { get; private set; } = "";

    public string ReviewerKey { get; private set; } = "";

    public string OtherReviewerKey { get; private set; } = "";

    public string SponsorKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await AddSponsorAsync(Sponsor, "Prescription CE (test sponsor)");
        PartnerKey = (await CreateApiKeyAsync("PARTNER", name: "partner")).Secret;
        OtherPartnerKey = (await CreateApiKeyAsync("PARTNER", name: "other partner")).Secret;
        ReviewerKey = (await CreateApiKeyAsync("REVIEWER", name: "reviewer")).Secret;
        OtherReviewerKey = (await CreateApiKeyAsync("REVIEWER", name: "other reviewer")).Secret;
        SponsorKey = (await CreateApiKeyAsync("SPONSOR", Sponsor)).Secret;
        using var sponsor = CreateGraphQLClient(SponsorKey);
        using var reviewer = CreateGraphQLClient(ReviewerKey);
        await SubmitAsync(sponsor, "B1", 3m, Sponsor);
        await SubmitAsync(sponsor, "B2", 2m, Sponsor);
        await SubmitAsync(sponsor, "B3", 1m, Sponsor);
        await SubmitAsync(sponsor, "B4", 1m, Sponsor);
        await SubmitAsync(sponsor, "B5", 2m, Sponsor, approvedOn: "2025-01-01", expiresOn: "2026-03-01");
        await DistributeAsync(reviewer, "B1", "CT", "CQR_SSA", ("S.1", 2.0m), ("IP.1", 1.0m));
        await DistributeAsync(reviewer, "B2", "CT", "CQR_SSA", ("IP.1", 1.0m), ("P.1", 1.0m));
        await DistributeAsync(reviewer, "B3", "CT", "STRUCTURED_EDUCATION", ("S.1", 1.0m)); // not targeted at the CQR outline
        await DistributeAsync(reviewer, "B5", "CT", "CQR_SSA", ("S.1", 2.0m)); // B4 stays SUBMITTED
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
