namespace CeGraph.Api.WriteRules;

public static class WriteRulesRegistration
{
    /// <summary>The configured rules (the credit increment from <c>Credits:Increment</c>), for the server and for <c>import</c> alike.</summary>
    public static IServiceCollection AddCeGraphWriteRules(this IServiceCollection services)
    {
        services.AddSingleton(sp => CreditRule.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        return services;
    }
}
