using CeGraph.Api.GraphQL.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>A <see cref="HardeningFactory"/> whose schema also has <see cref="TestOnlyFields"/>.</summary>
public class TestOnlyFieldsFactory(params (string Key, string? Value)[] extraSettings) : HardeningFactory(extraSettings)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IQueryFields, TestOnlyFields>());
    }
}
