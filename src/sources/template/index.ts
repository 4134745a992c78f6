import type { InputError } from '../../util/errors.js';
import type { ParsedJson } from '../../util/json.js';
import { emptyOutput, type SourceOutput } from '../types.js';
import { InputError as InputErrorClass } from '../../util/errors.js';

export interface TemplateInput {
  file: string;
  parsed: ParsedJson;
  format: 'arm-template' | 'arm-parameters' | 'terraform-plan';
}

/** Infrastructure-as-code sources: ARM templates (with parameter files) and Terraform plans. */
export function loadTemplates(inputs: TemplateInput[]): { output: SourceOutput; errors: InputError[] } {
  return {
    output: emptyOutput(),
    errors: inputs.map((i) => new InputErrorClass(i.file, '$', 'a snapshot or Resource Graph input (template sources are not available in this build)')),
  };
}
