using CeGraph.Domain.Evaluation;

namespace CeGraph.Domain.Tests.Builders;

/// <summary>
/// Builds an <see cref="ActivityFact"/>: <c>ActivityBuilder.Code("A1").Credits("6").To("CT", ("PC", "1.0"))</c>.
/// Distributed by default; its credits default to the largest distribution's total.
/// </summary>
public sealed class ActivityBuilder
{
    private readonly string _code;
    private readonly List<DistributionFact> _distributions = [];
    private Credits? _credits;
    private ActivityStatus _status = ActivityStatus.Distributed;
    private DateOnly? _expiresOn;

    private ActivityBuilder(string code) => _code = code;

    public static ActivityBuilder Code(string code) => new(code);

    public ActivityBuilder Credits(string credits)
    {
        _credits = Domain.Credits.Parse(credits);
        return this;
    }

    /// <summary>Distributes to the discipline's structured-education outline, version 2024-01.</summary>
    public ActivityBuilder To(string discipline, params (string Category, string Credits)[] lines) =>
        To(discipline, OutlineKind.StructuredEducation, "2024-01", lines);

    public ActivityBuilder To(string discipline, OutlineKind kind, string version, params (string Category, string Credits)[] lines)
    {
        var facts = lines.Select(l => new LineFact(l.Category, Domain.Credits.Parse(l.Credits))).ToArray();
        _distributions.Add(new DistributionFact(discipline, kind, version, facts));
        return this;
    }

    public ActivityBuilder Rejected() => WithStatus(ActivityStatus.Rejected);

    public ActivityBuilder Submitted() => WithStatus(ActivityStatus.Submitted);

    public ActivityBuilder ExpiresOn(string iso)
    {
        _expiresOn = Day.Of(iso);
        return this;
    }

    public ActivityFact Build()
    {
        var credits = _credits ?? _distributions
            .Select(d => Domain.Credits.Sum(d.Lines.Select(l => l.Credits)))
            .DefaultIfEmpty(Domain.Credits.Zero)
            .Max();
        return new ActivityFact(_code, credits, _status, _expiresOn, _distributions.ToArray());
    }

    private ActivityBuilder WithStatus(ActivityStatus status)
    {
        _status = status;
        return this;
    }
}
