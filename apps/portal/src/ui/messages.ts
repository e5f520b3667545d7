/** Texts of the shared components (tables, forms, pickers), Vietnamese first. */
export const vi = {
  table: {
    columns: 'Chọn cột',
    export: 'Xuất Excel',
    range: '{{from}}–{{to}} / {{total}}',
    rangeAtLeast: '{{from}}–{{to}} / hơn {{total}}',
  },
  form: {
    saved: 'Đã lưu',
    cancel: 'Hủy',
    requiredLegend: 'Các trường có dấu * là bắt buộc.',
    requiredDate: 'Vui lòng nhập {{field}}',
    futureDate: 'Ngày này chưa đến',
    regulation: 'Căn cứ: {{regulation}}',
    row: 'Dòng {{row}}:',
  },
  orgPicker: {
    placeholder: 'Chọn tổ chức đảng (gõ để tìm)',
    none: 'Không có tổ chức nào khớp',
  },
  personPicker: {
    placeholder: 'Gõ họ tên hoặc số CCCD',
    typeMore: 'Gõ ít nhất 2 ký tự để tìm',
    none: 'Không tìm thấy người nào',
  },
};

export const en: typeof vi = {
  table: {
    columns: 'Columns',
    export: 'Export to Excel',
    range: '{{from}}–{{to}} of {{total}}',
    rangeAtLeast: '{{from}}–{{to}} of more than {{total}}',
  },
  form: {
    saved: 'Saved',
    cancel: 'Cancel',
    requiredLegend: 'Fields marked * are required.',
    requiredDate: 'Please enter {{field}}',
    futureDate: 'This date has not come yet',
    regulation: 'Regulation: {{regulation}}',
    row: 'Row {{row}}:',
  },
  orgPicker: {
    placeholder: 'Choose a party organization (type to search)',
    none: 'No organization matches',
  },
  personPicker: {
    placeholder: 'Type a name or a citizen ID',
    typeMore: 'Type at least 2 characters',
    none: 'Nobody found',
  },
};
