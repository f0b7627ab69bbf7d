export const functions = {
  where: (row: number, column: number | null) =>
    column === null ? ` row ${row}` : ` row ${row}, column ${column}`,
  shape: (rows: number, columns: number) =>
    `${rows} ${rows === 1 ? 'row' : 'rows'} × ${columns} ${columns === 1 ? 'column' : 'columns'}`,
  number: (n: number) => String(n),
  alternatives: (options: readonly string[]) => options.map((o) => `"${o}"`).join(' or '),
  values: {
    true: 'TRUE',
    false: 'FALSE',
    date: 'a date',
    invalidDate: 'an invalid date',
    notFinite: 'not a finite number',
    range: 'a range',
    unsupported: 'an unsupported value',
  },
  quantities: {
    rate: 'rate',
    cost: 'cost',
    growthRate: 'growth rate',
    share: 'share',
    score: 'score',
    return: 'return',
    value: 'value',
    progress: 'progress',
  },
  notANumber: (fn: string, arg: string, where: string, value: string) =>
    `${fn}: ${arg}${where} is ${value}, not a number`,
  notFinite: (fn: string, arg: string, where: string) => `${fn}: ${arg}${where} is not a finite number`,
  negative: (fn: string, arg: string, where: string, value: string) =>
    `${fn}: ${arg}${where} is ${value}, but it cannot be negative`,
  outOfRange: (fn: string, arg: string, where: string, value: string, low: string, high: string) =>
    `${fn}: ${arg}${where} is ${value}, but it must be from ${low} to ${high}`,
  notWhole: (fn: string, arg: string, where: string, value: string, low: string, high: string) =>
    `${fn}: ${arg}${where} is ${value}, but it must be a whole number from ${low} to ${high}`,
  notADate: (fn: string, arg: string, where: string, value: string) =>
    `${fn}: ${arg}${where} is ${value}, not a date (format the cells as dates)`,
  missing: (fn: string, arg: string) => `${fn}: ${arg} is missing`,
  tooManyArguments: (fn: string, max: number, signature: string) =>
    `${fn}: takes at most ${max} ${max === 1 ? 'argument' : 'arguments'}: ${signature}`,
  notSingleCell: (fn: string, arg: string) => `${fn}: ${arg} must be a single value, not a range`,
  notRectangular: (fn: string, arg: string) => `${fn}: ${arg} is not a rectangular range`,
  emptyRange: (fn: string, arg: string) => `${fn}: ${arg} is an empty range`,
  shapeMismatch: (fn: string, a: string, aShape: string, b: string, bShape: string) =>
    `${fn}: ${a} is ${aShape} but ${b} is ${bShape}; ranges must be the same size, or a single cell`,
  tooLarge: (fn: string, where: string) => `${fn}: result${where} is too large to be a number`,
  sumTooLarge: (fn: string, arg: string, where: string) =>
    `${fn}: ${arg}${where} add up to more than the largest number a cell can hold`,
  undefinedResult: (fn: string, denominator: string, where: string, quantity: string) =>
    `${fn}: ${denominator}${where} is 0, so the ${quantity} is undefined`,
  badOption: (fn: string, arg: string, value: string, allowed: string) =>
    `${fn}: ${arg} is ${value}; use ${allowed}`,
  replyBeforeMessage: (fn: string, where: string) =>
    `${fn}: replied_at${where} is before received_at: a reply cannot come before its message`,
  unknownFunction: (fn: string) => `${fn}: not a Social KPIs function`,
};
