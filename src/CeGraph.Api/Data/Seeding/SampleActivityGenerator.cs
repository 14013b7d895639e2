using CeGraph.Api.Data.Entities;
using CeGraph.Domain;

namespace CeGraph.Api.Data.Seeding;

/// <summary>Builds the sample activities from a fixed-seed generator: the same catalog on every machine.</summary>
public static class SampleActivityGenerator
{
    public static readonly IReadOnlyList<(string Code, string Name)> Sponsors =
    [
        ("SAMPLE-NWIE", "Northwind Imaging Education (sample)"),
        ("SAMPLE-CRCE", "Contoso Radiology CE (sample)"),
        ("SAMPLE-FMTA", "Fabrikam Modality Training Academy (sample)"),
        ("SAMPLE-ADVS", "Adventure Works Sonography Society (sample)"),
        ("SAMPLE-TSPN", "Tailspin Postprimary Network (sample)"),
        ("SAMPLE-WWIL", "Wide World Imaging Learning (sample)"),
    ];

    private static readonly string[] Topics =
    [
        "Dose Optimization", "Contrast Reactions", "Patient Positioning", "Image Reconstruction", "Artifact Recognition",
        "Radiation Safety", "Pediatric Protocols", "Infection Control", "Cardiac Imaging", "Neuro Imaging",
        "Musculoskeletal Imaging", "Quality Control", "Informatics and PACS", "Ethics and Communication", "Emergency Care",
    ];

    private static readonly string[] Formats = ["Webinar", "Directed Reading", "Workshop", "Case Review", "Self-Study Module"];

    public static IEnumerable<Activity> Generate(int count, IReadOnlyList<Sponsor> sponsors, IReadOnlyList<ContentOutline> targets)
    {
        ArgumentNullException.ThrowIfNull(sponsors);
        ArgumentNullException.ThrowIfNull(targets);
#pragma warning disable CA5394 // Not security-sensitive: a fixed seed makes the sample catalog identical everywhere.
        var random = new Random(20261126);
        for (var i = 1; i <= count; i++)
        {
            var quarters = random.Next(2, 17); // 0.50 to 4.00 credits
            var credits = new Credits(quarters * 25);
            var approvedOn = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 1000));
            var status = i % 12 == 0 ? ActivityStatus.Submitted : i % 23 == 0 ? ActivityStatus.Rejected : ActivityStatus.Distributed;
            var activity = new Activity
            {
                Code = $"{SampleCatalogSeeder.CodePrefix}{i:0000}",
                Title = $"[Sample] {Topics[random.Next(Topics.Length)]} {Formats[random.Next(Formats.Length)]} {i}",
                SponsorId = sponsors[random.Next(sponsors.Count)].Id,
                CreditHundredths = credits.Hundredths,
                CeCategory = random.Next(10) == 0 ? CeCategory.APlus : CeCategory.A,
                Status = status,
                ApprovedOn = approvedOn,
                ExpiresOn = approvedOn.AddYears(random.Next(2, 4)),
                RejectionReason = status == ActivityStatus.Rejected ? "Sample: content does not match any discipline outline." : null,
                IsSample = true,
                Revision = Guid.Empty,
                UpdatedAt = approvedOn.AddDays(7).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
            };
            if (status == ActivityStatus.Distributed)
            {
                foreach (var outline in targets.Where(_ => random.Next(3) != 0))
                {
                    activity.Distributions.Add(Distribute(random, outline, credits, approvedOn));
                }

                if (activity.Distributions.Count == 0 && targets.Count > 0)
                {
                    activity.Distributions.Add(Distribute(random, targets[0], credits, approvedOn));
                }
            }

            yield return activity;
        }
#pragma warning restore CA5394
    }

#pragma warning disable CA5394
    private static CreditDistribution Distribute(Random random, ContentOutline outline, Credits credits, DateOnly approvedOn)
    {
        var leaves = outline.Categories.Where(c => outline.Categories.All(o => o.ParentId != c.Id || o.Id == c.Id)).ToArray();
        var budget = credits.Hundredths / 25 - (random.Next(4) == 0 ? 1 : 0); // sometimes part stays undistributed
        var lines = new List<CreditAllocation>();
        var picks = Math.Max(1, Math.Min(budget, random.Next(1, 4)));
        for (var n = 0; n < picks && budget > 0; n++)
        {
            var quarters = n == picks - 1 ? budget : random.Next(1, (int)Math.Max(2, budget - (picks - n - 1)));
            budget -= quarters;
            var category = leaves[random.Next(leaves.Length)];
            var existing = lines.FirstOrDefault(l => l.CategoryId == category.Id);
            if (existing is not null)
            {
                existing.CreditHundredths += quarters * 25;
                continue;
            }

            lines.Add(new CreditAllocation { CategoryId = category.Id, CreditHundredths = quarters * 25, Ordinal = lines.Count });
        }

        return new CreditDistribution
        {
            DisciplineId = outline.DisciplineId,
            OutlineId = outline.Id,
            Kind = outline.Kind,
            TotalHundredths = lines.Sum(l => l.CreditHundredths),
            AssignedAt = approvedOn.AddDays(7).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
            UpdatedAt = approvedOn.AddDays(7).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
            Lines = lines,
        };
    }
#pragma warning restore CA5394
}
