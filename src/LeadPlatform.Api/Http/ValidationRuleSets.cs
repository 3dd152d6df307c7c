using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules;
using GraphQL.Validation.Rules.Custom;

namespace LeadPlatform.Api.Http;

/// <summary>
/// The validation rules of a request: every rule for a document seen for the first time, and for a cached one (see
/// <see cref="ValidatedDocumentCache"/>) only the rules whose answer the request can change.
/// </summary>
public sealed class ValidationRuleSets
{
    private readonly IValidationRule[] forNewDocuments;
    private readonly IValidationRule[] complexityOnly;
    private readonly IValidationRule[] argumentsAndComplexity;
    private readonly IValidationRule[] argumentsOnly = [FieldArgumentsAreValidRule.Instance];

    public ValidationRuleSets(GatewayLimits limits, bool introspection)
    {
        // Depth and complexity; the rule keeps no state, one serves every request.
        var complexity = new ComplexityValidationRule(new ComplexityOptions
        {
            MaxDepth = limits.MaxDepth,
            MaxComplexity = limits.MaxComplexity,
            DefaultListImpactMultiplier = limits.ListImpactMultiplier,
        });
        forNewDocuments =
        [
            .. DocumentValidator.CoreRules, SupportedOperationTypesRule.Instance, new MaxMutationFieldsRule(limits.MaxMutationFields),
            introspection ? MaxIntrospectionDepthRule.Instance : NoIntrospectionValidationRule.Instance, complexity,
        ];
        complexityOnly = [complexity];
        argumentsAndComplexity = [FieldArgumentsAreValidRule.Instance, complexity];
    }

    /// <summary>Every rule: a document not validated before.</summary>
    public IValidationRule[] ForNewDocument => forNewDocuments;

    /// <summary>
    /// What a cached document is validated with again. Argument validators see argument values, which may come from
    /// variables (the library's rule does nothing when the schema declares none, yet its presence alone costs a walk of
    /// the document); complexity when the variables can change it. An empty set skips the validator's walks of the
    /// document; variables are still coerced and arguments parsed for every request.
    /// </summary>
    public IValidationRule[] ForCachedDocument(ValidatedDocument cached, bool schemaHasArgumentValidators) =>
        (schemaHasArgumentValidators, cached.ComplexityDependsOnVariables) switch
        {
            (true, true) => argumentsAndComplexity,
            (true, false) => argumentsOnly,
            (false, true) => complexityOnly,
            (false, false) => [],
        };
}
