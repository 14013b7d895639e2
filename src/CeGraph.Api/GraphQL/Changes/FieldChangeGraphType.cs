using CeGraph.Api.Data.ChangeLog;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Changes;

public sealed class FieldChangeGraphType : ObjectGraphType<FieldChange>
{
    public FieldChangeGraphType()
    {
        Name = "FieldChange";
        Description = "One field a change set, with its value before and after as text (credits as exact decimals, dates as ISO 8601).";
        Field(c => c.Field).Description("The field, e.g. `totalCredits`, `status`, `distribution.CT.STRUCTURED_EDUCATION.totalCredits`.");
        Field(c => c.Before, nullable: true).Description("The value before the change; null when there was none.");
        Field(c => c.After, nullable: true).Description("The value after the change; null when it was removed.");
    }
}
