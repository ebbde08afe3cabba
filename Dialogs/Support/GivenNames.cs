using System.Collections.Frozen;

namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// A small, hand-written table of common given names, their short forms and spellings that sound alike (decision 072),
/// so "Dave" suggests David and "Shivon" Siobhan when a typed name found nobody. It is not, and cannot be, every name
/// a team holds: a name it lacks is still found by its spelling (decision 067).
/// </summary>
internal static class GivenNames
{
    // A given name, then its short forms. A short form may belong to several names (Harry: Harold and Henry); two short
    // forms of one name are not taken for each other (Liz is not Beth), only a short form and its name.
    private static readonly string[] ShortForms =
    [
        "abigail: abi, abby, abbie", "albert: bert, bertie", "alexander: alex, alec, sandy", "alexandra: alex, lexi, sasha",
        "andrew: andy, drew", "anthony: tony, ant", "babatunde: tunde", "benjamin: ben, benny, benji",
        "catherine: cath, cathy, kath, kathy, kate, katie, kay, kitty", "charles: charlie, chas", "charlotte: charlie, lottie",
        "christina: chris, tina", "christine: chris, chrissie, chrissy, tina", "christopher: chris, kit",
        "daniel: dan, danny", "david: dave, davey, davy, dai", "deborah: deb, debbie, debs", "dorothy: dot, dottie, dolly",
        "edward: ed, eddie, ted, teddy, ned", "eleanor: ellie, nell, nellie, nora",
        "elizabeth: liz, lizzie, lizzy, beth, betty, bess, bessie, eliza, elsie, libby", "frances: fran, frankie",
        "francis: frank, frankie", "frederick: fred, freddie, freddy", "geoffrey: geoff, jeff", "gillian: gill, jill, gilly",
        "harold: harry, hal", "henry: harry, hal", "isabel: izzy, issy, bella", "jacqueline: jackie, jacqui",
        "james: jim, jimmy, jamie", "jennifer: jen, jenny", "jessica: jess, jessie", "john: johnny, jack",
        "jonathan: jon, jonny", "joseph: joe, joey", "josephine: jo, josie", "joanna: jo", "joanne: jo",
        "katarzyna: kasia", "kenneth: ken, kenny", "lawrence: larry, laurie", "leonard: len, lenny",
        "malgorzata: gosia", "margaret: maggie, mags, meg, peg, peggy, madge, marge, margie, greta",
        "matthew: matt, matty", "michael: mike, mick, micky, mickey", "mohammed: mo", "nicholas: nick, nicky",
        "nicola: nicky, nikki", "oliver: ollie, olly", "olivia: liv, livvy", "oluwaseun: seun", "oluwatobi: tobi",
        "patricia: pat, patsy, trish, tricia", "patrick: pat, paddy", "peter: pete", "rebecca: becky, becca, bex",
        "richard: rich, richie, rick, ricky", "robert: rob, robbie, bob, bobby, rab", "samantha: sam, sammy",
        "samuel: sam, sammy", "stephanie: steph", "stephen: steve, stevie", "susan: sue, susie, suzy",
        "theresa: tess, tessa", "thomas: tom, tommy", "timothy: tim, timmy", "victoria: vicky, vicki, tori",
        "william: will, bill, billy, liam",
    ];

    // Spellings of one name said alike; the first stands for them all in the short forms above.
    private static readonly string[] SoundAlike =
    [
        "sean shaun shawn", "stephen steven", "siobhan shivon shivaun shevaun chevonne", "niamh neve neave",
        "aoife eefa", "caoimhe keeva", "sinead shinead", "saoirse seersha sersha", "ciara kiera keira kiara",
        "ciaran kieran kieron", "eoin owen", "catherine katherine kathryn katharine catharine", "chris kris",
        "rebecca rebekah", "isabel isobel isabelle", "caitlin kaitlyn katelyn", "leigh lee", "graham graeme",
        "alistair alasdair alastair", "iain ian", "rhys reece reese", "deborah debra",
        "mohammed mohammad muhammad mohamed muhammed mohamad", "yusuf yousef youssef", "aisha ayesha aysha",
    ];

    private static readonly FrozenDictionary<string, FrozenSet<string>> Related = Build();

    private static readonly FrozenDictionary<string, FrozenSet<string>> TakenWhenNear = BuildNear();

    /// <summary>The given names taken for <paramref name="word"/> (a folded word: lower case, no accents); empty if none.</summary>
    public static IReadOnlySet<string> Of(string word) => Related.GetValueOrDefault(word) ?? FrozenSet<string>.Empty;

    /// <summary>
    /// The given names taken for a name of the table a letter from <paramref name="word"/>, for a word the table lacks
    /// (decision 082): its spellings said alike ("Shivonn" is a letter from Shivon, so Siobhan), and a short form's names
    /// ("Maggiee", Margaret); never a name's short forms ("Cristopher" is a letter from Christopher, not Chris). Empty if none.
    /// </summary>
    public static IReadOnlySet<string> Near(string word)
    {
        var near = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, taken) in TakenWhenNear)
        {
            if (SpellingDistance.Of(word, name, 1).Whole <= 1)
            {
                near.UnionWith(taken);
            }
        }

        return near;
    }

    private static FrozenDictionary<string, FrozenSet<string>> Build()
    {
        var spellings = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in SoundAlike)
        {
            var alike = line.Split(' ');
            foreach (var spelling in alike)
            {
                spellings[spelling] = alike;
            }
        }

        var related = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var alike in spellings.Values)
        {
            Relate(related, alike, alike);
        }

        foreach (var line in ShortForms)
        {
            var (name, forms) = (line[..line.IndexOf(':', StringComparison.Ordinal)], line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            foreach (var form in forms.Split(',', StringSplitOptions.TrimEntries))
            {
                Relate(related, spellings.GetValueOrDefault(name) ?? [name], spellings.GetValueOrDefault(form) ?? [form]);
            }
        }

        return related.ToFrozenDictionary(r => r.Key, r => r.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static void Relate(Dictionary<string, HashSet<string>> related, string[] names, string[] others)
    {
        foreach (var name in names)
        {
            foreach (var other in others.Where(other => other != name))
            {
                (related.TryGetValue(name, out var ofName) ? ofName : related[name] = new(StringComparer.Ordinal)).Add(other);
                (related.TryGetValue(other, out var ofOther) ? ofOther : related[other] = new(StringComparer.Ordinal)).Add(name);
            }
        }
    }

    private static FrozenDictionary<string, FrozenSet<string>> BuildNear()
    {
        var spellings = SoundAlike.Select(line => line.Split(' ')).SelectMany(alike => alike.Select(spelling => (spelling, alike)))
            .ToDictionary(pair => pair.spelling, pair => pair.alike, StringComparer.Ordinal);
        var taken = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (spelling, alike) in spellings)
        {
            Take(taken, spelling, alike);
        }

        foreach (var line in ShortForms)
        {
            var (name, forms) = (line[..line.IndexOf(':', StringComparison.Ordinal)], line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            foreach (var form in forms.Split(',', StringSplitOptions.TrimEntries))
            {
                Take(taken, form, spellings.GetValueOrDefault(name) ?? [name]);
            }
        }

        return taken.ToFrozenDictionary(t => t.Key, t => t.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static void Take(Dictionary<string, HashSet<string>> taken, string word, string[] names) =>
        (taken.TryGetValue(word, out var ofWord) ? ofWord : taken[word] = new(StringComparer.Ordinal)).UnionWith(names.Where(name => name != word));
}
