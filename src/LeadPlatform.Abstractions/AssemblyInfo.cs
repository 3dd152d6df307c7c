using LeadPlatform.Domain.Leadership;

// Generate Orleans codecs for the domain's [GenerateSerializer] values (enums, StyleAdvice),
// so they cross grain calls as they are instead of as hand-copied twins.
[assembly: GenerateCodeForDeclaringAssembly(typeof(Competence))]
