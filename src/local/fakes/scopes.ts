/*
 * The OAuth scopes each Apps Script method's reference page lists under "Authorization" ("Scripts
 * that use this method require authorization with one or more of the following scopes"), for
 * every class the fakes implement. A method whose page lists no scope is under NONE. The pages are
 * https://developers.google.com/apps-script/reference/<page>#<method>(…); the lists were copied
 * from them, and a method missing here cannot be faked (referenceScopes throws), so a new fake
 * method must be looked up first.
 */

export const SCOPE = {
  currentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  email: 'https://www.googleapis.com/auth/userinfo.email',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  bigQuery: 'https://www.googleapis.com/auth/bigquery.readonly',
} as const;

const SCOPE_SETS = {
  SHEETS: [SCOPE.currentOnly, SCOPE.spreadsheets],
  ALL_SHEETS: [SCOPE.spreadsheets],
  NONE: [],
  EMAIL: [SCOPE.email],
  CONTAINER_UI: [SCOPE.containerUi],
  SCRIPT_APP: [SCOPE.scriptApp],
  SEND_MAIL: [SCOPE.sendMail],
  BIGQUERY: [SCOPE.bigQuery],
} as const satisfies Record<string, readonly string[]>;

type ScopeSetName = keyof typeof SCOPE_SETS;

/** Per class: its reference page and, per scope set, the methods (space-separated) that need it. */
type ClassScopes = { page: string } & Partial<Record<ScopeSetName, string>>;

/**
 * Deprecated methods the fakes still offer; their pages list them under "Deprecated methods" with
 * the same Authorization as their replacements (getFontColorObject, getTabColorObject, …).
 */
const DEPRECATED: Record<string, Partial<Record<ScopeSetName, string>>> = {
  Range: { SHEETS: 'getFontColor getFontColors' },
  Sheet: { SHEETS: 'getTabColor' },
  BooleanCondition: { NONE: 'getBackground getFontColor' },
};

const REFERENCE: Record<string, ClassScopes> = {
  Range: {
    page: 'spreadsheet/range',
    SHEETS:
      'activateAsCurrentCell addDeveloperMetadata applyColumnBanding applyRowBanding autoFill autoFillToNeighbor breakApart canEdit check clear clearContent clearDataValidations clearFormat clearNote collapseGroups copyFormatToRange copyTo copyValuesToRange createDataSourcePivotTable createDataSourceTable createFilter createPivotTable deleteCells expandGroups getA1Notation getBackground getBackgroundObject getBackgroundObjects getBackgrounds getBandings getCell getColumn getDataRegion getDataSourceFormula getDataSourceFormulas getDataSourcePivotTables getDataSourceTables getDataSourceUrl getDataTable getDataValidation getDataValidations getDeveloperMetadata getDisplayValue getDisplayValues getFilter getFontColorObject getFontColorObjects getFontFamilies getFontFamily getFontLine getFontLines getFontSize getFontSizes getFontStyle getFontStyles getFontWeight getFontWeights getFormula getFormulaR1C1 getFormulas getFormulasR1C1 getGridId getHeight getHorizontalAlignment getHorizontalAlignments getLastColumn getLastRow getNextDataCell getNote getNotes getNumColumns getNumRows getNumberFormat getNumberFormats getRichTextValue getRichTextValues getRow getRowIndex getSheet getTextDirection getTextDirections getTextRotation getTextRotations getTextStyle getTextStyles getValue getValues getVerticalAlignment getVerticalAlignments getWidth getWrap getWrapStrategies getWrapStrategy getWraps insertCells insertCheckboxes isBlank isChecked isEndColumnBounded isEndRowBounded isStartColumnBounded isStartRowBounded merge mergeAcross mergeVertically moveTo protect randomize removeCheckboxes removeDuplicates setBackground setBackgroundObject setBackgroundObjects setBackgroundRGB setBackgrounds setBorder setDataValidation setDataValidations setFontColor setFontColorObject setFontColorObjects setFontColors setFontFamilies setFontFamily setFontLine setFontLines setFontSize setFontSizes setFontStyle setFontStyles setFontWeight setFontWeights setFormula setFormulaR1C1 setFormulas setFormulasR1C1 setHorizontalAlignment setHorizontalAlignments setNote setNotes setNumberFormat setNumberFormats setRichTextValue setRichTextValues setShowHyperlink setTextDirection setTextDirections setTextRotation setTextRotations setTextStyle setTextStyles setValue setValues setVerticalAlignment setVerticalAlignments setVerticalText setWrap setWrapStrategies setWrapStrategy setWraps shiftColumnGroupDepth shiftRowGroupDepth sort splitTextToColumns trimWhitespace uncheck',
    NONE: 'activate createDeveloperMetadataFinder createTextFinder getMergedRanges isPartOfMerge offset',
  },
  Sheet: {
    page: 'spreadsheet/sheet',
    SHEETS:
      'addDeveloperMetadata appendRow asDataSourceSheet autoResizeColumn autoResizeColumns autoResizeRows clear clearConditionalFormatRules clearContents clearFormats clearNotes collapseAllColumnGroups collapseAllRowGroups copyTo deleteColumn deleteColumns deleteRow deleteRows expandAllColumnGroups expandAllRowGroups expandColumnGroupsUpToDepth expandRowGroupsUpToDepth getActiveCell getActiveRange getActiveRangeList getBandings getCharts getColumnGroup getColumnGroupControlPosition getColumnGroupDepth getColumnWidth getConditionalFormatRules getCurrentCell getDataRange getDataSourceFormulas getDataSourcePivotTables getDataSourceTables getDeveloperMetadata getDrawings getFilter getFormUrl getFrozenColumns getFrozenRows getImages getIndex getLastColumn getLastRow getMaxColumns getMaxRows getName getNamedRanges getParent getPivotTables getProtections getRange getRangeList getRowGroup getRowGroupControlPosition getRowGroupDepth getRowHeight getSelection getSheetId getSheetName getSheetValues getSlicers getTabColorObject getType hasHiddenGridlines hideColumn hideColumns hideRow hideRows hideSheet insertChart insertColumnAfter insertColumnBefore insertColumns insertColumnsAfter insertColumnsBefore insertImage insertRowAfter insertRowBefore insertRows insertRowsAfter insertRowsBefore insertSlicer isColumnHiddenByUser isRightToLeft isRowHiddenByFilter isRowHiddenByUser isSheetHidden moveColumns moveRows protect removeChart setActiveRange setActiveRangeList setActiveSelection setColumnGroupControlPosition setColumnWidth setColumnWidths setConditionalFormatRules setCurrentCell setFrozenColumns setFrozenRows setHiddenGridlines setName setRightToLeft setRowGroupControlPosition setRowHeight setRowHeights setRowHeightsForced setTabColor setTabColorObject showColumns showRows showSheet sort unhideColumn unhideRow updateChart',
    NONE: 'activate createDeveloperMetadataFinder createTextFinder newChart',
  },
  Spreadsheet: {
    page: 'spreadsheet/spreadsheet',
    SHEETS:
      'addDeveloperMetadata addEditor addEditors addMenu addViewer addViewers appendRow autoResizeColumn copy deleteActiveSheet deleteColumn deleteColumns deleteRow deleteRows deleteSheet duplicateActiveSheet getActiveCell getActiveRange getActiveRangeList getBandings getColumnWidth getCurrentCell getDataRange getDataSourceFormulas getDataSourcePivotTables getDataSourceRefreshSchedules getDataSourceSheets getDataSourceTables getDataSources getDeveloperMetadata getEditors getFormUrl getFrozenColumns getFrozenRows getImages getIterativeCalculationConvergenceThreshold getLastColumn getLastRow getMaxIterativeCalculationCycles getName getNamedRanges getOwner getPredefinedSpreadsheetThemes getProtections getRange getRangeList getRecalculationInterval getRowHeight getSelection getSheetId getSheetName getSheetValues getSpreadsheetLocale getSpreadsheetTheme getSpreadsheetTimeZone getUrl getViewers hideColumn hideRow insertColumnAfter insertColumnBefore insertColumnsAfter insertColumnsBefore insertDataSourceSheet insertImage insertRowAfter insertRowBefore insertRowsAfter insertRowsBefore insertSheet insertSheetWithDataSourceTable isColumnHiddenByUser isIterativeCalculationEnabled isRowHiddenByFilter isRowHiddenByUser moveActiveSheet moveChartToObjectSheet refreshAllDataSources removeEditor removeMenu removeNamedRange removeViewer rename renameActiveSheet resetSpreadsheetTheme setActiveRange setActiveRangeList setActiveSelection setActiveSheet setColumnWidth setCurrentCell setFrozenColumns setFrozenRows setIterativeCalculationConvergenceThreshold setIterativeCalculationEnabled setMaxIterativeCalculationCycles setNamedRange setRecalculationInterval setRowHeight setSpreadsheetLocale setSpreadsheetTheme setSpreadsheetTimeZone sort toast unhideColumn unhideRow updateMenu waitForAllDataExecutionsCompletion',
    NONE: 'createDeveloperMetadataFinder createTextFinder getActiveSheet getAs getBlob getId getNumSheets getRangeByName getSheetById getSheetByName getSheets',
    CONTAINER_UI: 'show',
  },
  SpreadsheetApp: {
    page: 'spreadsheet/spreadsheet-app',
    NONE: 'enableLookerExecution flush getUi newCellImage newColor newConditionalFormatRule newDataSourceSpec newDataValidation newFilterCriteria newRichTextValue newTextStyle setActiveRange setActiveSpreadsheet',
    SHEETS:
      'getActive getActiveRange getActiveRangeList getActiveSheet getActiveSpreadsheet getCurrentCell getSelection setActiveRangeList setActiveSheet setCurrentCell',
    ALL_SHEETS: 'create open openById openByUrl',
    BIGQUERY: 'enableAllDataSourcesExecution enableBigQueryExecution',
  },
  RangeList: {
    page: 'spreadsheet/range-list',
    SHEETS:
      'activate breakApart check clear clearContent clearDataValidations clearFormat clearNote getRanges insertCheckboxes removeCheckboxes setBackground setBackgroundRGB setBorder setFontColor setFontFamily setFontLine setFontSize setFontStyle setFontWeight setFormula setFormulaR1C1 setHorizontalAlignment setNote setNumberFormat setShowHyperlink setTextDirection setTextRotation setValue setVerticalAlignment setVerticalText setWrap setWrapStrategy trimWhitespace uncheck',
  },
  DeveloperMetadata: {
    page: 'spreadsheet/developer-metadata',
    SHEETS:
      'getId getKey getLocation getValue getVisibility moveToColumn moveToRow moveToSheet moveToSpreadsheet remove setKey setValue setVisibility',
  },
  DeveloperMetadataFinder: {
    page: 'spreadsheet/developer-metadata-finder',
    NONE: 'onIntersectingLocations withId withKey withLocationType withValue withVisibility',
    SHEETS: 'find',
  },
  EmbeddedChart: {
    page: 'spreadsheet/embedded-chart',
    NONE: 'asDataSourceChart getAs getBlob getChartId getContainerInfo getHiddenDimensionStrategy getMergeStrategy getNumHeaders getOptions getRanges getTransposeRowsAndColumns modify',
  },
  EmbeddedChartBuilder: {
    page: 'spreadsheet/embedded-chart-builder',
    NONE: 'addRange asAreaChart asBarChart asColumnChart asComboChart asHistogramChart asLineChart asPieChart asScatterChart asTableChart build clearRanges getChartType getContainer getRanges removeRange setChartType setHiddenDimensionStrategy setMergeStrategy setNumHeaders setOption setPosition setTransposeRowsAndColumns',
  },
  ConditionalFormatRule: {
    page: 'spreadsheet/conditional-format-rule',
    NONE: 'copy getBooleanCondition getGradientCondition getRanges',
  },
  ConditionalFormatRuleBuilder: {
    page: 'spreadsheet/conditional-format-rule-builder',
    NONE: 'build copy getBooleanCondition getGradientCondition getRanges setBackground setBackgroundObject setBold setFontColor setFontColorObject setGradientMaxpoint setGradientMaxpointObject setGradientMaxpointObjectWithValue setGradientMaxpointWithValue setGradientMidpointObjectWithValue setGradientMidpointWithValue setGradientMinpoint setGradientMinpointObject setGradientMinpointObjectWithValue setGradientMinpointWithValue setItalic setRanges setStrikethrough setUnderline whenCellEmpty whenCellNotEmpty whenDateAfter whenDateBefore whenDateEqualTo whenFormulaSatisfied whenNumberBetween whenNumberEqualTo whenNumberGreaterThan whenNumberGreaterThanOrEqualTo whenNumberLessThan whenNumberLessThanOrEqualTo whenNumberNotBetween whenNumberNotEqualTo whenTextContains whenTextDoesNotContain whenTextEndsWith whenTextEqualTo whenTextStartsWith withCriteria',
  },
  BooleanCondition: {
    page: 'spreadsheet/boolean-condition',
    NONE: 'getBackgroundObject getBold getCriteriaType getCriteriaValues getFontColorObject getItalic getStrikethrough getUnderline',
  },
  DataValidation: {
    page: 'spreadsheet/data-validation',
    NONE: 'copy getAllowInvalid getCriteriaType getCriteriaValues getHelpText',
  },
  DataValidationBuilder: {
    page: 'spreadsheet/data-validation-builder',
    NONE: 'build copy getAllowInvalid getCriteriaType getCriteriaValues getHelpText requireCheckbox requireDate requireDateAfter requireDateBefore requireDateBetween requireDateEqualTo requireDateNotBetween requireDateOnOrAfter requireDateOnOrBefore requireFormulaSatisfied requireNumberBetween requireNumberEqualTo requireNumberGreaterThan requireNumberGreaterThanOrEqualTo requireNumberLessThan requireNumberLessThanOrEqualTo requireNumberNotBetween requireNumberNotEqualTo requireTextContains requireTextDoesNotContain requireTextEqualTo requireTextIsEmail requireTextIsUrl requireValueInList requireValueInRange setAllowInvalid setHelpText withCriteria',
  },
  ChartOptions: {
    page: 'charts/chart-options',
    NONE: 'get getOrDefault',
  },
  HtmlOutput: {
    page: 'html/html-output',
    NONE: 'addMetaTag append appendUntrusted asTemplate clear getAs getBlob getContent getFaviconUrl getHeight getMetaTags getTitle getWidth setContent setFaviconUrl setHeight setSandboxMode setTitle setWidth setXFrameOptionsMode',
  },
  HtmlService: {
    page: 'html/html-service',
    NONE: 'createHtmlOutput createHtmlOutputFromFile createTemplate createTemplateFromFile getUserAgent',
  },
  HtmlTemplate: {
    page: 'html/html-template',
    NONE: 'evaluate getCode getCodeWithComments getRawContent',
  },
  Lock: {
    page: 'lock/lock',
    NONE: 'hasLock releaseLock tryLock waitLock',
  },
  LockService: {
    page: 'lock/lock-service',
    NONE: 'getDocumentLock getScriptLock getUserLock',
  },
  Menu: {
    page: 'base/menu',
    NONE: 'addItem addSeparator addSubMenu addToUi',
  },
  Ui: {
    page: 'base/ui',
    NONE: 'alert createAddonMenu createMenu prompt',
    CONTAINER_UI: 'showModalDialog showModelessDialog showSidebar',
  },
  Session: {
    page: 'base/session',
    NONE: 'getActiveUserLocale getScriptTimeZone getTemporaryActiveUserKey',
    EMAIL: 'getActiveUser getEffectiveUser',
  },
  User: {
    page: 'base/user',
    NONE: 'getEmail',
  },
  Properties: {
    page: 'properties/properties',
    NONE: 'deleteAllProperties deleteProperty getKeys getProperties getProperty setProperties setProperty',
  },
  PropertiesService: {
    page: 'properties/properties-service',
    NONE: 'getDocumentProperties getScriptProperties getUserProperties',
  },
  ScriptApp: {
    page: 'script/script-app',
    NONE: 'getAuthorizationInfo getIdentityToken getInstallationSource getOAuthToken getScriptId getService invalidateAuth newStateToken requireAllScopes requireScopes',
    SCRIPT_APP: 'deleteTrigger getProjectTriggers getUserTriggers newTrigger',
  },
  // The builders and Trigger list no Authorization: only ScriptApp.newTrigger reaches them.
  TriggerBuilder: {
    page: 'script/trigger-builder',
    NONE: 'forDocument forForm forSpreadsheet forUserCalendar timeBased',
  },
  ClockTriggerBuilder: {
    page: 'script/clock-trigger-builder',
    NONE: 'after at atDate atHour create everyDays everyHours everyMinutes everyWeeks inTimezone nearMinute onMonthDay onWeekDay',
  },
  Trigger: {
    page: 'script/trigger',
    NONE: 'getEventType getHandlerFunction getTriggerSource getTriggerSourceId getUniqueId',
  },
  MailApp: {
    page: 'mail/mail-app',
    SEND_MAIL: 'getRemainingDailyQuota sendEmail',
  },
  AuthorizationInfo: {
    page: 'script/authorization-info',
    NONE: 'getAuthorizationStatus getAuthorizationUrl getAuthorizedScopes',
  },
};

const REFERENCE_BASE = 'https://developers.google.com/apps-script/reference/';

function lookup(method: string): { page: string; set: ScopeSetName } {
  const [className, name] = method.split('.');
  const entry = REFERENCE[className];
  if (entry && name) {
    for (const set of Object.keys(SCOPE_SETS) as ScopeSetName[]) {
      const methods = `${entry[set] ?? ''} ${DEPRECATED[className]?.[set] ?? ''}`;
      if (methods.split(' ').includes(name)) return { page: entry.page, set };
    }
  }
  throw new Error(`Fake Apps Script: ${method} is not in the scope table (src/local/fakes/scopes.ts)`);
}

/** The scopes the method's reference page lists; any one of them authorises it. Throws for an unknown method. */
export function referenceScopes(method: string): readonly string[] {
  return SCOPE_SETS[lookup(method).set];
}

/** The method's reference page, e.g. …/reference/spreadsheet/range#setValues. */
export function referencePage(method: string): string {
  return `${REFERENCE_BASE}${lookup(method).page}#${method.split('.')[1]}`;
}

/** True when `method` is in the table; for tests that list what the fakes know. */
export function isReferenced(method: string): boolean {
  try {
    lookup(method);
    return true;
  } catch {
    return false;
  }
}
