using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class RejectActivityInput
{
    public string ActivityCode { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}

public sealed class RejectActivityInputGraphType : InputObjectGraphType<RejectActivityInput>
{
    public RejectActivityInputGraphType()
    {
        Name = "RejectActivityInput";
        Description = "An activity a reviewer rejects, and why.";
        Field(x => x.ActivityCode).Description("The activity's code.");
        Field(x => x.Reason).Description("Why it is rejected (at most 2000 characters); shown on the activity.");
    }
}
