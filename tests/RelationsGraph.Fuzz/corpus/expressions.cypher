// Operators and literals.
RETURN 1 + 2 * 3 - 4 / 2 % 3 ^ 2
RETURN -9223372036854775808
RETURN 9223372036854775807 + 1
RETURN 9223372036854775807 * 2
RETURN -9223372036854775808 / -1
RETURN 1 / 0
RETURN 1.0 / 0
RETURN 0.0 / 0.0
RETURN 1 % 0
RETURN 2 ^ 1000
RETURN 0x1F, 0o17, 1e3, .5, 1.5e-3
RETURN 'a' + 'b', 'a' + 1, 1 + 'a', [1] + 2, 2 + [1], [1] + [2]
RETURN 'abc' < 'abd', [1, 2] < [1, 3], null < 1
RETURN 1 = 1.0, 1 <> 2, null = null, NaN = NaN
RETURN 1 < 2 < 3, 3 > 2 > 1
RETURN true AND null, false OR null, true XOR true, NOT null
RETURN 1 IN [1, 2], null IN [1], 1 IN [null], [1] IN [[1]]
RETURN 'abc' STARTS WITH 'a', 'abc' ENDS WITH 'c', 'abc' CONTAINS 'b'
RETURN 'abc' =~ 'a.c', 'abc' =~ '['
RETURN null IS NULL, 1 IS NOT NULL
RETURN [1, 2, 3][1], [1, 2, 3][-4], [1, 2, 3][1..2], [1, 2, 3][5..]
RETURN {a: 1}.a, {a: 1}['a'], {a: 1}.b
RETURN [x IN [1, 2, 3] WHERE x > 1 | x * 10]
RETURN [x IN range(1, 5) | [y IN range(1, x) | y]]
RETURN all(x IN [1, 2] WHERE x > 0), any(x IN [] WHERE x), none(x IN [1] WHERE x = 1), single(x IN [1, 1] WHERE x = 1)
RETURN reduce(acc = 0, x IN range(1, 100) | acc + x)
RETURN reduce(s = '', x IN ['a', 'b'] | s + x)
RETURN CASE 1 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END
RETURN CASE WHEN 1 > 2 THEN 1 END
RETURN {a: {b: {c: [1, {d: 2}]}}}
RETURN [[[]]], [{}], {a: []}
RETURN $map.k, $list[1], $big + 0, $null IS NULL
RETURN $missing
RETURN "double \"quoted\"", 'single \'quoted\'', '\u00e9\t\n'
RETURN `weird name` AS x
WITH 1 AS `a b` RETURN `a b`
RETURN 1 AS x, 2 AS x
RETURN count(*), count(1), count(null)
RETURN -[1]
RETURN +'a'
RETURN [1, 2, 3][1.5]
RETURN 'abc'[1]
RETURN {a: 1}[null]
RETURN [1, 2][null]
RETURN 1 + null, null * 2, -null
RETURN 10000000000 * 10000000000
RETURN 1e308 * 10, -1e308 * 10
RETURN toInteger(1e19)
RETURN 3 % -2, -3 % 2, -7 / 2, 7.5 % 2
RETURN [1, 'a', null, 1.5, true] AS mixed ORDER BY mixed
UNWIND [3, null, 'a', [1], 1.5, true, {a: 1}] AS x RETURN x ORDER BY x
UNWIND [1, 1.0, '1', null, null] AS x RETURN DISTINCT x
RETURN [x IN [1, 2] | x] = [1, 2]
RETURN {a: 1} = {a: 1.0}, [1, [2]] = [1, [2.0]]
RETURN 1 < 'a', [1] > {a: 1}
