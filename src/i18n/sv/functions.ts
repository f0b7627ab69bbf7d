import type { Catalogue } from '../en';

export const functions: Catalogue['functions'] = {
  where: (row: number, column: number | null) =>
    column === null ? ` rad ${row}` : ` rad ${row}, kolumn ${column}`,
  shape: (rows: number, columns: number) =>
    `${rows} ${rows === 1 ? 'rad' : 'rader'} × ${columns} ${columns === 1 ? 'kolumn' : 'kolumner'}`,
  number: (n: number) => String(n).replace('.', ','),
  alternatives: (options: readonly string[]) => options.map((o) => `"${o}"`).join(' eller '),
  values: {
    true: 'SANT',
    false: 'FALSKT',
    date: 'ett datum',
    invalidDate: 'ett ogiltigt datum',
    notFinite: 'inte ett ändligt tal',
    range: 'ett område',
    unsupported: 'ett värde som inte stöds',
  },
  quantities: {
    rate: 'andelen',
    cost: 'kostnaden',
    growthRate: 'tillväxttakten',
    share: 'andelen',
    score: 'poängen',
    return: 'avkastningen',
    value: 'värdet',
    progress: 'måluppfyllelsen',
  },
  notANumber: (fn: string, arg: string, where: string, value: string) =>
    `${fn}: ${arg}${where} är ${value}, inte ett tal`,
  notFinite: (fn: string, arg: string, where: string) => `${fn}: ${arg}${where} är inte ett ändligt tal`,
  negative: (fn: string, arg: string, where: string, value: string) =>
    `${fn}: ${arg}${where} är ${value}, men det får inte vara negativt`,
  outOfRange: (fn: string, arg: string, where: string, value: string, low: string, high: string) =>
    `${fn}: ${arg}${where} är ${value}, men det måste ligga mellan ${low} och ${high}`,
  notWhole: (fn: string, arg: string, where: string, value: string, low: string, high: string) =>
    `${fn}: ${arg}${where} är ${value}, men det måste vara ett heltal från ${low} till ${high}`,
  notADate: (fn: string, arg: string, where: string, value: string) =>
    `${fn}: ${arg}${where} är ${value}, inte ett datum (formatera cellerna som datum)`,
  missing: (fn: string, arg: string) => `${fn}: ${arg} saknas`,
  tooManyArguments: (fn: string, max: number, signature: string) =>
    `${fn}: tar högst ${max} argument: ${signature}`,
  notSingleCell: (fn: string, arg: string) => `${fn}: ${arg} måste vara ett enskilt värde, inte ett område`,
  notRectangular: (fn: string, arg: string) => `${fn}: ${arg} är inte ett rektangulärt område`,
  emptyRange: (fn: string, arg: string) => `${fn}: ${arg} är ett tomt område`,
  shapeMismatch: (fn: string, a: string, aShape: string, b: string, bShape: string) =>
    `${fn}: ${a} är ${aShape} men ${b} är ${bShape}; områdena måste vara lika stora, eller en enskild cell`,
  tooLarge: (fn: string, where: string) => `${fn}: resultatet${where} är för stort för att vara ett tal`,
  sumTooLarge: (fn: string, arg: string, where: string) =>
    `${fn}: ${arg}${where} blir tillsammans större än det största tal en cell kan rymma`,
  undefinedResult: (fn: string, denominator: string, where: string, quantity: string) =>
    `${fn}: ${denominator}${where} är 0, så ${quantity} går inte att beräkna`,
  badOption: (fn: string, arg: string, value: string, allowed: string) =>
    `${fn}: ${arg} är ${value}; använd ${allowed}`,
  replyBeforeMessage: (fn: string, where: string) =>
    `${fn}: replied_at${where} är före received_at: ett svar kan inte komma före sitt meddelande`,
  unknownFunction: (fn: string) => `${fn}: inte en funktion i Social KPIs`,
};
