namespace RelationsGraph.Loading.Benchmarks;

/// <summary>
/// CPU time used so far by the calling thread, read from Linux's /proc/thread-self/stat (user + system clock
/// ticks); null where that file does not exist. The process total also counts GC and JIT threads, so the
/// two figures together tell the pipeline's own cost from the runtime's.
/// </summary>
internal static class ThreadCpuClock
{
    private const double TicksPerSecond = 100; // USER_HZ, fixed at 100 on Linux whatever the kernel's tick rate

    public static TimeSpan? Now()
    {
        try
        {
            var stat = File.ReadAllText("/proc/thread-self/stat");
            // The command name in parentheses may hold spaces, so fields are counted after its closing parenthesis:
            // state is the first there, utime the twelfth and stime the thirteenth.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
