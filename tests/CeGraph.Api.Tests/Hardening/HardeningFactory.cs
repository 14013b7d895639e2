using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>The application with extra settings on top of the test defaults, e.g. <c>("GraphQL:MaxDepth", "5")</c>.</summary>
public class HardeningFactory(params (string Key, string? Value)[] extraSettings) : CeGraphAppFactory
{
    protected override void ConfigureSettings(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var (key, value) in extraSettings)
        {
            settings[key] = value;
        }
    }
}
