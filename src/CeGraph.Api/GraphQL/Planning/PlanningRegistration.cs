using CeGraph.Domain.Planning;

namespace CeGraph.Api.GraphQL.Planning;

public static class PlanningRegistration
{
    /// <summary>The planner: settings from configuration (<c>Planning:*</c>), the CP-SAT solver, and the mutation's handler.</summary>
    public static IServiceCollection AddCeGraphPlanning(this IServiceCollection services)
    {
        services.AddSingleton(sp => PlanningSettings.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<IPlanSolver, CpSatPlanSolver>();
        services.AddSingleton<PlanFulfillmentHandler>();
        return services;
    }
}
