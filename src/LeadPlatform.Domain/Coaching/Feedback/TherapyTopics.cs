namespace LeadPlatform.Domain.Coaching.Feedback;

/// <summary>
/// Personal health, relationships, family and private life outside work: topics that turn a
/// coaching conversation into therapy. A manager may notice them and show care, but the coaching
/// stays with work and professional goals; the rest belongs with HR, the company doctor, the
/// family doctor or an employee assistance programme.
/// </summary>
/// <remarks>
/// Decisions:
/// <list type="bullet">
/// <item>Stress, pressure and workload ("werkdruk", "stressed about the release") never count: they
/// are work topics a coach should talk about.</item>
/// <item>Some words name either a private matter or a work matter: illness (capacity when colleagues
/// are ill), burn-out (a diagnosis, or a risk of the workload), relationships (with a partner, or
/// with a client), "your partner" (in life, or in a project), health. They count only when the
/// sentence does not frame them in work terms ("Hoe gaat het met je burn-out?" drifts; "hoe
/// voorkomen we dat de werkdruk tot een burn-out leidt?" does not).</item>
/// <item>Referring on ("bespreek het met de bedrijfsarts / huisarts") is what the method asks
/// for, so those words are not on the list. "Privé" counts unless it is work-life balance talk
/// ("werk en privé").</item>
/// <item>Family words count with a possessive ("je vrouw", "your kids"), because bare "vrouw" also
/// means "woman".</item>
/// </list>
/// </remarks>
internal static class TherapyTopics
{
    /// <summary>Always personal, whatever else the sentence says.</summary>
    private static readonly PhraseList Personal = new(
    [
        // Health (NL)
        "depressie", "depressief", "depressieve", "depressiviteit", "psychische klachten", "psycholoog",
        "psychiater", "therap*", "medicatie", "medicijnen", "antidepressiva", "slaappillen", "diagnose",
        "gediagnosticeerd", "ziekenhuis", "kanker", "chemo", "angststoornis", "paniekaanval*", "verslaving",
        "verslaafd", "slapeloosheid", "zwanger", "zwangerschap", "miskraam", "je gezondheid",
        "jouw gezondheid", "mijn gezondheid",
        // Health (EN)
        "depression", "depressed", "depressive", "psychologist", "psychiatrist", "counsellor", "counselor",
        "counselling", "counseling", "medication", "meds", "antidepressants", "sleeping pills", "diagnosis",
        "diagnosed", "hospital", "cancer", "anxiety disorder", "panic attack*", "addiction", "addicted",
        "insomnia", "pregnant", "pregnancy", "miscarriage", "your health", "my health",
        // Relationships and family (NL)
        "echtscheiding", "gescheiden", "gaan scheiden", "uit elkaar", "huwelijk", "getrouwd", "echtgenoot",
        "echtgenote", "je man", "jouw man", "mijn man", "haar man", "je vrouw", "jouw vrouw", "mijn vrouw",
        "zijn vrouw", "je vriend", "je vriendin", "jouw vriendin",
        "relatieproblemen", "liefdesleven", "je kinderen", "jouw kinderen", "mijn kinderen", "kinderen thuis",
        "heb je kinderen", "je kind", "je zoon", "je dochter", "mijn zoon", "mijn dochter", "je ouders",
        "je moeder", "je vader", "mijn moeder", "mijn vader", "gezin", "familie",
        // Relationships and family (EN)
        "divorce", "divorced", "divorcing", "getting separated", "marriage", "married", "husband", "wife",
        "spouse", "boyfriend", "girlfriend", "love life", "dating", "your kids",
        "your children", "my kids", "my children", "kids at home", "children at home", "do you have kids",
        "do you have children", "your son", "your daughter", "your parents", "your mother", "your father",
        "your mom", "your mum", "your dad", "family",
        // Grief (NL, EN)
        "rouw", "rouwen", "rouwverwerking", "overleden", "overlijden", "begrafenis", "uitvaart", "crematie",
        "grief", "grieving", "bereavement", "funeral", "passed away", "mourning",
        // Private life (NL, EN)
        "priveleven", "privesituatie", "thuissituatie", "problemen thuis", "situatie thuis",
        "thuis aan de hand", "gaat het thuis", "is het thuis", "thuis gaat", "stress thuis", "persoonlijke problemen",
        "persoonlijk leven", "private life", "personal life", "personal problems", "home life", "things at home",
        "problems at home", "trouble at home", "going on at home", "situation at home", "stress at home",
    ]);

    /// <summary>Personal unless the same sentence frames them in work terms.</summary>
    private static readonly PhraseList PersonalUnlessAboutWork = new(
    [
        "ziek", "zieke", "ziekte", "ziekteverzuim", "burn-out", "burnout", "burn out", "overspannen", "relatie",
        "scheiding", "scheiden", "gezondheid", "prive", "je partner", "jouw partner", "mijn partner",
        "sick", "ill", "illness", "sickness", "burn-out", "burnout", "burned out", "burnt out", "relationship",
        "mental health", "your partner", "my partner",
    ]);

    /// <summary>Words that put an ambiguous word in a work frame: colleagues, clients, the team, the workload.</summary>
    private static readonly PhraseList WorkFraming = new(
    [
        "werk", "werkdruk", "werkplek", "op het werk", "klant", "klanten", "collega", "collega's", "team",
        "teamlid", "teamleden", "project", "deadline", "planning", "opdracht", "taak", "taken", "rol", "functie",
        "afdeling", "bezetting", "vervanging", "rooster", "leidinggevende", "manager", "baas", "stakeholder",
        "stakeholders", "leverancier", "organisatie", "bedrijf", "werken", "werkt", "uren", "oplevering",
        "vergadering", "vergaderingen", "overleg", "capaciteit", "re-integratie", "re-integreren", "reintegratie",
        "work", "workload", "at work", "job", "customer", "customers", "client", "clients", "colleague",
        "colleagues", "teammate", "teammates", "tasks", "task", "role", "department", "staffing", "cover",
        "shift", "office", "sprint", "boss", "supplier", "organisation", "organization", "company", "working",
        "hours", "delivery", "release", "meeting", "meetings", "capacity", "return to work",
    ]);

    /// <summary>Look-alikes that name a business or an idiom, not a private matter.</summary>
    private static readonly PhraseList NotPersonal = new(
    [
        "family business", "family firm", "family company", "product family", "familie van producten",
        "sick of", "sick and tired",
    ]);

    /// <summary>Whether one sentence is about personal health, relationships, family or private life.</summary>
    public static bool AreMentionedIn(string sentence)
    {
        var text = NormalisedText.Of(sentence).Without(NotPersonal.Phrases);
        return Personal.AnyIn(text) || PersonalUnlessAboutWork.AnyIn(text) && !WorkFraming.AnyIn(text);
    }
}
