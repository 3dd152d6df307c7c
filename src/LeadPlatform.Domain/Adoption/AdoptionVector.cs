namespace LeadPlatform.Domain.Adoption;

/// <summary>Arithmetic on per-day counter vectors (one long per <see cref="AdoptionCounter"/>).</summary>
public static class AdoptionVector
{
    public static readonly int Length = Enum.GetValues<AdoptionCounter>().Length;

    public static long[] Empty() => new long[Length];

    /// <summary>A vector with a single counter set.</summary>
    public static long[] Of(AdoptionCounter counter, long value = 1)
    {
        var vector = Empty();
        vector[(int)counter] = value;
        return vector;
    }

    /// <summary>Adds <paramref name="delta"/> into the bucket of <paramref name="day"/>, creating it when needed.</summary>
    public static void AddInto(IDictionary<int, long[]> buckets, int day, IReadOnlyList<long> delta)
    {
        if (!buckets.TryGetValue(day, out var bucket)) buckets[day] = bucket = Empty();
        // Older states may hold shorter vectors (fewer counters then): grow them.
        if (bucket.Length < Length)
        {
            Array.Resize(ref bucket, Length);
            buckets[day] = bucket;
        }
        Add(bucket, delta);
    }

    /// <summary>Adds <paramref name="delta"/> into <paramref name="vector"/>, counter by counter.</summary>
    public static void Add(long[] vector, IReadOnlyList<long> delta)
    {
        for (var i = 0; i < Math.Min(delta.Count, Math.Min(vector.Length, Length)); i++) vector[i] += delta[i];
    }

    /// <summary>Adds every bucket of <paramref name="delta"/> into <paramref name="buckets"/>.</summary>
    public static void AddAll(IDictionary<int, long[]> buckets, IReadOnlyDictionary<int, long[]> delta)
    {
        foreach (var (day, vector) in delta) AddInto(buckets, day, vector);
    }

    /// <summary>Every bucket with each counter's sign turned: added to a sum that holds <paramref name="buckets"/>, it takes them out again.</summary>
    public static Dictionary<int, long[]> Negated(IReadOnlyDictionary<int, long[]> buckets) =>
        buckets.ToDictionary(bucket => bucket.Key, bucket => bucket.Value.Select(count => -count).ToArray());

    /// <summary>Drops buckets older than the retention, keeping state bounded.</summary>
    public static void Trim(IDictionary<int, long[]> buckets, int today, int retentionDays)
    {
        foreach (var day in buckets.Keys.Where(day => day <= today - retentionDays).ToArray()) buckets.Remove(day);
    }

    /// <summary>The sum of the buckets of the days <c>[today - days + 1, today]</c>.</summary>
    public static long[] SumWindow(IReadOnlyDictionary<int, long[]> buckets, int today, int days)
    {
        var sum = Empty();
        foreach (var (day, vector) in buckets)
            if (day > today - days && day <= today)
                for (var i = 0; i < Math.Min(vector.Length, Length); i++) sum[i] += vector[i];
        return sum;
    }
}
