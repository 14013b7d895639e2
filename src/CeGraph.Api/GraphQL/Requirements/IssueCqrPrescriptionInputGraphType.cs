using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class IssueCqrPrescriptionInputGraphType : InputObjectGraphType<IssueCqrPrescriptionInput>
{
    public IssueCqrPrescriptionInputGraphType()
    {
        Name = "IssueCqrPrescriptionInput";
        Description = "A CQR prescription to issue for one learner after the structured self-assessment.";
        Field(x => x.LearnerRef).Description("Your reference for the learner (at most 200 characters); CeGraph stores no other personal data.");
        PrescriptionFields.Add(this);
    }
}
