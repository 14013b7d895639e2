using CeGraph.Domain.Outlines;

namespace CeGraph.Domain.Tests.Builders;

/// <summary>The outlines the tests share.</summary>
public static class TestOutlines
{
    /// <summary>CT structured education, version 2024-01: four majors, their subcategories, and topics below IP.1.</summary>
    public static OutlineTree CtStructuredEducation() =>
        OutlineBuilder.Ct()
            .Major("PC", "PC.1", "PC.2")
            .Major("S", "S.1", "S.2")
            .Major("IP", "IP.1", "IP.2")
            .Category("IP.1.1", "IP.1")
            .Category("IP.1.2", "IP.1")
            .Major("P", "P.1", "P.2", "P.3")
            .Build();

    /// <summary>CT CQR self-assessment, version "current".</summary>
    public static OutlineTree CtCqr() =>
        OutlineBuilder.Ct(OutlineKind.CqrSsa)
            .Version("current")
            .Major("PC", "PC.1")
            .Major("S", "S.1")
            .Major("IP", "IP.1", "IP.2")
            .Major("P", "P.1", "P.2")
            .Build();
}
